/**
 * The sub-path the site is hosted under (`BASE_PATH` at build time, '' at the root). Next adds it
 * to `<Link>` and assets only; plain `<a>`, `fetch()` and HTML strings need it added here.
 */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
