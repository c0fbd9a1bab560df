'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import type { CodeSnippet } from '@/lib/request/to-snippets';
import { maskRequest } from '@/lib/request/mask-request';
import { toCurl } from '@/lib/request/to-curl';
import type { PreparedRequest } from '@/lib/request/types';
import { CopyTextButton } from './copy-text-button.client';

/**
 * The exact request the console will send, as curl (always) and in other
 * languages (httpsnippet loads on demand), folded under the response so the
 * answer is what the reader sees after Send. Credentials are masked until the
 * reader asks to reveal them.
 */
export function RequestPreview({ request }: { request: PreparedRequest }) {
  const id = useId();
  const [reveal, setReveal] = useState(false);
  const [language, setLanguage] = useState('curl');
  const [snippets, setSnippets] = useState<{ source: PreparedRequest; list: CodeSnippet[] } | undefined>();
  const shown = useMemo(() => (reveal ? request : maskRequest(request)), [request, reveal]);
  const curl = useMemo(() => toCurl(request, { maskSecrets: !reveal }), [request, reveal]);
  const wantSnippets = language !== 'curl' || snippets !== undefined;

  useEffect(() => {
    if (!wantSnippets) return;
    let live = true;
    import('@/lib/request/to-snippets').then(({ toSnippets }) => {
      if (live) setSnippets({ source: shown, list: toSnippets(shown) });
    });
    return () => {
      live = false;
    };
  }, [wantSnippets, shown]);

  const current = snippets?.source === shown ? snippets.list : undefined;
  const code = language === 'curl' ? curl : current?.find((s) => s.id === language)?.code;
  const options = snippets?.list.length ? snippets.list : [{ id: 'curl', label: 'cURL' }];
  return (
    <details className="tryit-preview">
      <summary>
        <h3>Request as code</h3>
      </summary>
      <div className="tryit-row">
        <label htmlFor={`${id}-lang`} className="visually-hidden">
          Language
        </label>
        <select
          id={`${id}-lang`}
          value={language}
          onFocus={() => setSnippets((s) => s ?? { source: shown, list: [] })}
          onChange={(e) => setLanguage(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
          {!snippets?.list.length && <option disabled>More languages load when you open this list…</option>}
        </select>
        <button type="button" className="tryit-button tryit-button-quiet" aria-pressed={reveal} onClick={() => setReveal((r) => !r)}>
          {reveal ? 'Hide secrets' : 'Reveal secrets'}
        </button>
        <CopyTextButton text={curl} label="Copy as curl" />
        {language !== 'curl' && code && <CopyTextButton text={code} label="Copy code" />}
      </div>
      <pre className="tryit-code" aria-label={`Request as ${options.find((o) => o.id === language)?.label ?? language}`}>
        <code>{code ?? 'Loading…'}</code>
      </pre>
    </details>
  );
}
