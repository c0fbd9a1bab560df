/**
 * Islands-only pages. A reference page's React tree is static (its schema trees, samples and
 * sidebar are HTML fragments already: see fragments.ts); what moves on it is a handful of small
 * islands (theme, menu, search, copy buttons, code tabs, lazy sections, console). Hydrating it
 * anyway meant loading React DOM and Next's router and walking the whole tree: a ~150 ms
 * main-thread task on every deep link on 2 cores, whatever the page's size.
 *
 * So a page whose `<main>` carries this attribute (components/layout/page-shell.tsx) loses
 * Next's chunk scripts, their preloads and React's inline payload after the export, and gets one
 * small module script instead (components/islands, bundled by bin/build-islands.mjs), which
 * starts the islands without React and loads React only with the console or the search dialog.
 * Nothing else in the page changes: its HTML was complete before, and it is the same HTML now.
 */
export const ISLANDS_ONLY_ATTRIBUTE = 'data-islands-only';

const NEXT_BOOTSTRAP = /<script id="_R_">[\s\S]*?<\/script>/g;
const NEXT_CHUNK = /<script src="[^"]*\/_next\/static\/[^"]*"[^>]*><\/script>/g;
const NEXT_CHUNK_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\bhref="[^"]*\/_next\/static\/[^"]*"[^>]*>/g;
// React's payload: Next escapes `<` inside it, so no `</script>` can occur before the element's end.
const FLIGHT_PAYLOAD = /<script>\(?self\.__next_f[\s\S]*?<\/script>/g;

const MARKED_MAIN = new RegExp(`<main\\b[^>]*\\s${ISLANDS_ONLY_ATTRIBUTE}=""`);

export function isIslandsOnlyPage(html: string): boolean {
  return MARKED_MAIN.test(html);
}

/** The page without Next's scripts and payload, loading `scriptSrc` as a module instead. */
export function toIslandsOnlyPage(html: string, scriptSrc: string): string {
  const stripped = html.replace(NEXT_BOOTSTRAP, '').replace(NEXT_CHUNK, '').replace(NEXT_CHUNK_PRELOAD, '').replace(FLIGHT_PAYLOAD, '');
  return stripped.replace('</head>', `<script type="module" src="${scriptSrc}"></script></head>`);
}

/** What `fillExport` does last to each page: islands-only pages lose Next's scripts; `stats` counts them. */
export function islandsOnlyFinish(scriptSrc: string, stats = { pages: 0, bytesSaved: 0 }): (html: string) => string {
  return (html) => {
    if (!isIslandsOnlyPage(html)) return html;
    const page = toIslandsOnlyPage(html, scriptSrc);
    stats.pages += 1;
    stats.bytesSaved += Buffer.byteLength(html) - Buffer.byteLength(page);
    return page;
  };
}
