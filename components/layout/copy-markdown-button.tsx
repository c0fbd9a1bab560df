import { BASE_PATH } from '@/components/base-path';

/**
 * "Copy page as Markdown": components/islands/copy-buttons.ts fetches the page's Markdown twin
 * when pressed (so the page carries only its URL) and puts it on the clipboard, for pasting into
 * an AI tool or an issue.
 * @param markdownHref the twin's site-relative URL, e.g. `/reference/api/list-books.md`.
 */
export function CopyMarkdownButton({ markdownHref }: { markdownHref: string }) {
  return (
    <span className="page-actions">
      <button type="button" className="page-action needs-js" data-markdown-href={markdownHref}>
        Copy page as Markdown
      </button>
      <a className="page-action" href={`${BASE_PATH}${markdownHref}`}>
        View as Markdown
      </a>
      <span className="page-action-status" role="status" />
    </span>
  );
}
