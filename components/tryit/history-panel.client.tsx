'use client';

import { lazy, Suspense, useState } from 'react';
import { formatBytes } from '@/lib/text/format-bytes';
import { encodeSharedRequest } from '@/lib/tryit/share-request';
import type { HistoryEntry } from '@/lib/tryit/request-history';
import type { TryItState } from './use-try-it-state';

function when(at: number): string {
  return new Date(at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

function Outcome({ entry }: { entry: HistoryEntry }) {
  if (entry.status === undefined) return <span className="tryit-meta">{entry.error ?? 'failed'}</span>;
  return (
    <>
      <span className={`tryit-status tryit-status-${String(entry.status)[0]}xx`}>{entry.status}</span>
      {entry.mocked && <span className="tryit-meta">mock</span>}
    </>
  );
}

// Its own chunk (with jsdiff): loaded when a reader compares two responses, never with the console.
const ResponseCompare = lazy(() => import('./response-compare.client'));

/**
 * The API's last 50 requests, newest first: replay one into its console (on this page, or on its
 * operation's page through a shared-request link), or clear them all.
 */
export function HistoryPanel({ state }: { state: TryItState }) {
  const { history, slice } = state;
  // Up to two entries picked for comparison, the first picked first; comparing shows them oldest as A.
  const [picked, setPicked] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  const pick = (id: string, on: boolean) => {
    setComparing(false);
    setPicked((current) => (on ? [...current.filter((p) => p !== id), id].slice(-2) : current.filter((p) => p !== id)));
  };
  const pair = history.entries.filter((entry) => picked.includes(entry.id)).reverse();
  return (
    <details className="tryit-history">
      <summary>
        <h3>History ({history.entries.length})</h3>
      </summary>
      {history.entries.length === 0 ? (
        <p className="tryit-note">Requests you send from any page of this API are listed here, on this device only, with credentials masked.</p>
      ) : (
        <>
          <ol className="tryit-history-list" aria-label="Request history">
            {history.entries.map((entry) => (
              <li key={entry.id}>
                {history.entries.length > 1 && (
                  <label className="tryit-history-pick">
                    <input
                      type="checkbox"
                      checked={picked.includes(entry.id)}
                      onChange={(e) => pick(entry.id, e.target.checked)}
                      aria-label={`Compare ${entry.method} ${entry.url} at ${when(entry.at)}`}
                    />
                  </label>
                )}
                <Outcome entry={entry} />
                <code className="tryit-history-url" title={entry.url}>
                  {entry.method} {entry.url}
                </code>
                <span className="tryit-meta">
                  {Math.round(entry.durationMs)} ms · {formatBytes(entry.size)} · {when(entry.at)}
                </span>
                {entry.operation === slice.operation.slug ? (
                  <button type="button" className="tryit-button tryit-button-quiet" onClick={() => state.applyShared(entry.request)} aria-label={`Replay ${entry.method} ${entry.url}`}>
                    Replay
                  </button>
                ) : (
                  // Another operation replays on its own page, as a shared-request link (a plain link, like every link between pages).
                  <a className="tryit-button tryit-button-quiet" href={`${entry.page}${encodeSharedRequest(entry.request)}`} aria-label={`Replay ${entry.method} ${entry.url} on its page`}>
                    Replay
                  </a>
                )}
              </li>
            ))}
          </ol>
          <div className="tryit-row">
            {history.entries.length > 1 && (
              <button type="button" className="tryit-button tryit-button-quiet" onClick={() => setComparing(true)} disabled={pair.length !== 2}>
                Compare selected ({pair.length} of 2)
              </button>
            )}
            <button
              type="button"
              className="tryit-button tryit-button-quiet"
              onClick={() => {
                setPicked([]);
                history.clear();
              }}
            >
              Clear history
            </button>
          </div>
          {comparing && pair.length === 2 && (
            <Suspense fallback={<p className="tryit-note">Loading the comparison…</p>}>
              <ResponseCompare left={pair[0]} right={pair[1]} onClose={() => setComparing(false)} />
            </Suspense>
          )}
        </>
      )}
    </details>
  );
}
