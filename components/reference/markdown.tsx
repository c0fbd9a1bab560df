import { BASE_PATH } from '@/components/base-path';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import { StaticHtml } from '@/components/static-html';

// The same descriptions (a shared parameter, a common schema, an error response) recur on
// hundreds of pages; a build worker renders each text once. Bounded so it cannot grow forever.
const rendered = new Map<string, string>();
const MEMO_ENTRIES = 20_000;

/** Sanitized HTML for a spec's Markdown, rendered once per build worker. */
export function markdownHtml(source: string): string {
  let html = rendered.get(source);
  if (html === undefined) {
    html = renderMarkdown(source, { basePath: BASE_PATH, headingOffset: 2 });
    // Forget the oldest: clearing all at once made a Graph-shaped build (12,000 distinct texts) start over every few pages.
    if (rendered.size >= MEMO_ENTRIES) rendered.delete(rendered.keys().next().value!);
    rendered.set(source, html);
  }
  return html;
}

/** Markdown from a spec, sanitized (see lib/markdown/render-markdown.ts). */
export function Markdown({ source, className }: { source: string | undefined; className?: string }) {
  if (!source?.trim()) return null;
  const html = markdownHtml(source);
  if (!html) return null;
  return <StaticHtml className={className ? `markdown ${className}` : 'markdown'} html={html} />;
}
