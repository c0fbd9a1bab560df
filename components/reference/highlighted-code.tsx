import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { highlightCode } from '@/lib/highlight/highlight-code';
import { compactHighlightedHtml } from '@/lib/reference/compact-highlighted-html';
import { CopyCodeButton } from './copy-code-button';
import { StaticHtml } from '@/components/static-html';

/**
 * Above this size code is shown without colours. Highlighted HTML is ~10x the
 * code, and highlighting took ~50 ms of each operation page's ~80 ms build time
 * (a request body repeated in eight languages); bodies of that size made pages
 * of megabytes on the DigitalOcean spec.
 */
export const HIGHLIGHT_LIMIT = 1500;

// Build workers render many pages that share code (common error examples): highlight each text once.
const highlighted = new Map<string, Promise<string>>();
const MEMO_ENTRIES = 3000;

function highlightOnce(code: string, lang: string): Promise<string> {
  const key = `${lang}\0${code}`;
  let html = highlighted.get(key);
  if (!html) {
    html = highlightCode(code, { lang }).then(compactHighlightedHtml);
    if (highlighted.size >= MEMO_ENTRIES) highlighted.clear();
    highlighted.set(key, html);
  }
  return html;
}

/** Code highlighted with shiki at build time (plain when large), with a copy button. */
export async function HighlightedCode({ code, lang, copyLabel }: { code: string; lang: string; copyLabel: string }) {
  const plain = code.length > HIGHLIGHT_LIMIT;
  // Shiki and hast-util-to-html escape the code, so spec text inside cannot become markup.
  // Plain code is static HTML too: as React elements it travelled twice (the HTML and the payload).
  const html = plain ? toHtml(h('pre.shiki.plain', [h('code', code)])) : await highlightOnce(code, lang);
  return (
    <div className="code-block">
      <CopyCodeButton label={copyLabel} />
      <StaticHtml html={html} />
    </div>
  );
}
