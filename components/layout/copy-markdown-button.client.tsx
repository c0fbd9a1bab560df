'use client';

import { useState } from 'react';
import { BASE_PATH } from '@/components/base-path';

type State = 'idle' | 'copied' | 'failed';

/**
 * "Copy page as Markdown": fetches the page's Markdown twin when pressed (so the page carries
 * only its URL) and puts it on the clipboard, for pasting into an AI tool or an issue.
 * @param markdownHref the twin's site-relative URL, e.g. `/reference/api/list-books.md`.
 */
export function CopyMarkdownButton({ markdownHref }: { markdownHref: string }) {
  const [state, setState] = useState<State>('idle');
  const url = `${BASE_PATH}${markdownHref}`;
  return (
    <span className="page-actions">
      <button
        type="button"
        className="page-action"
        onClick={async () => {
          try {
            const response = await fetch(url);
            if (!response.ok) throw new Error(String(response.status));
            await navigator.clipboard.writeText(await response.text());
            setState('copied');
          } catch {
            setState('failed');
          }
          setTimeout(() => setState('idle'), 2000);
        }}
      >
        Copy page as Markdown
      </button>
      <a className="page-action" href={url}>
        View as Markdown
      </a>
      <span className="page-action-status" role="status">
        {state === 'copied' ? 'Copied the page as Markdown' : state === 'failed' ? 'Could not copy; open "View as Markdown" instead' : ''}
      </span>
    </span>
  );
}
