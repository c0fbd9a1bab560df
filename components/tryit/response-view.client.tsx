'use client';

import { useEffect, useRef } from 'react';
import { formatBytes } from '@/lib/text/format-bytes';
import type { FetchErrorInfo } from '@/lib/tryit/classify-fetch-error';
import { reasonPhrase } from '@/lib/http/reason-phrases';
import { ResponseBody } from './response-body.client';
import { ResponseContract } from './response-contract.client';
import type { TryItState } from './use-try-it-state';

function FetchError({ error }: { error: FetchErrorInfo }) {
  return (
    <div className="tryit-fetch-error" role="alert">
      <p className="tryit-fetch-error-title">{error.title}</p>
      <p>{error.explanation}</p>
      {error.hints.length > 0 && (
        <ul>
          {error.hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The region the result appears in: status, time, size, contract check, headers and body. */
export function ResponseView({ state }: { state: TryItState }) {
  const { outcome, pending } = state;
  const result = outcome?.result;
  const region = useRef<HTMLElement>(null);
  // A new answer (or "Sending…") is brought into view and focused, so the reader and their screen reader land on it.
  useEffect(() => {
    if (!pending && !result) return;
    const element = region.current;
    if (!element) return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // A region taller than the window is shown from its top (the status line), not its bottom edge.
    const block = element.getBoundingClientRect().height > window.innerHeight * 0.8 ? 'start' : 'nearest';
    element.scrollIntoView({ block, behavior: reduceMotion ? 'auto' : 'smooth' });
    element.focus({ preventScroll: true });
  }, [pending, result]);
  return (
    <section ref={region} tabIndex={-1} role="region" aria-label="Response" className="tryit-response" aria-busy={pending}>
      <h3>Response</h3>
      <div aria-live="polite">
        {pending && <p className="tryit-note">Sending…</p>}
        {!pending && !result && <p className="tryit-note">Press Send to call the API; its answer appears here.</p>}
        {!pending && result?.kind === 'network-error' && <FetchError error={result.error} />}
        {!pending && result?.kind === 'response' && (
          <p className="tryit-status-line">
            <span className={`tryit-status tryit-status-${String(result.status)[0]}xx`}>
              {result.status} {reasonPhrase(result.status, result.statusText)}
            </span>
            <span className="tryit-meta">{Math.round(result.durationMs)} ms</span>
            <span className="tryit-meta">{formatBytes(result.bodyBytes.length)}</span>
            {result.mocked && <span className="tryit-mocked">Mocked in your browser</span>}
          </p>
        )}
      </div>
      {!pending && result?.kind === 'response' && (
        <>
          {result.warnings.map((warning) => (
            <p key={warning} className="tryit-note">
              {warning}
            </p>
          ))}
          <ResponseContract check={outcome?.check} status={result.status} />
          <details className="tryit-headers">
            <summary>Headers ({result.headers.length})</summary>
            <dl>
              {result.headers.map((header, i) => (
                <div key={i}>
                  <dt>{header.name}</dt>
                  <dd>{header.value}</dd>
                </div>
              ))}
            </dl>
            <p className="tryit-note">
              {result.mocked
                ? 'The documented headers, with their example values.'
                : 'Browsers show only the headers the API exposes to other origins (Access-Control-Expose-Headers).'}
            </p>
          </details>
          <ResponseBody result={result} />
        </>
      )}
    </section>
  );
}
