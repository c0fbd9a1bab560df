import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Static HTML kept out of React's payload. A reference page's static parts (schema trees,
 * highlighted samples, spec Markdown) are written once to a fragment file named by their content
 * hash while Next renders the page, and React renders only an empty element that names the
 * fragment. After `next build`, `fillFragments` puts each fragment into the exported HTML.
 *
 * Why this hydrates: React treats an element with `dangerouslySetInnerHTML` as a leaf and never
 * compares or rewrites its server HTML while hydrating (react-dom's `prepareToHydrateHostInstance`
 * checks only text children); after hydration it sets `innerHTML` only when `__html` changes, and
 * the empty string never does. So the browser keeps the filled-in HTML, and the payload carries
 * a 24-character key instead of the content. The price: a client-side navigation would render
 * the empty element, so pages with fragments are reached by plain links (full page loads).
 */
export const FRAGMENT_ATTRIBUTE = 'data-static-html';

/** Content-addressed: the same schema tree on 500 pages is one file. */
export function fragmentKey(html: string): string {
  return createHash('sha256').update(html).digest('hex').slice(0, 24);
}

export function writeFragment(dir: string, html: string): string {
  const key = fragmentKey(html);
  const file = path.join(dir, `${key}.html`);
  if (!fs.existsSync(file)) {
    // Two build workers may write the same fragment at once: write aside, then rename atomically.
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, html);
    fs.renameSync(temp, file);
  }
  return key;
}

const EMPTY_SLOT = new RegExp(`(<([a-z][a-z0-9]*)\\b[^>]*?\\s${FRAGMENT_ATTRIBUTE}="([0-9a-f]{24})"[^>]*>)(</\\2>)`, 'g');

export interface FillResult {
  html: string;
  filled: number;
  /** Keys named in the page with no fragment to fill them. */
  missing: string[];
}

/** Puts each named fragment into its empty element. */
export function fillFragments(pageHtml: string, read: (key: string) => string | undefined): FillResult {
  let filled = 0;
  const missing: string[] = [];
  const html = pageHtml.replace(EMPTY_SLOT, (whole, open: string, _tag: string, key: string, close: string) => {
    const content = read(key);
    if (content === undefined) {
      missing.push(key);
      return whole;
    }
    filled += 1;
    return open + content + close;
  });
  return { html, filled, missing };
}

const ASYNC_CHUNK = /<script src="([^"]+\.js)" async="">/g;

/**
 * Next loads its chunks with `async`, so they run whenever they arrive, often before the
 * parser reaches the page's title, and the first paint waits for ~100 ms of script. With
 * `defer` they run in order once the document is parsed: the page paints first, then hydrates.
 * The chunks need no particular order (each registers itself with the Turbopack runtime), and
 * the payload they read is already in the document by then.
 */
export function deferChunkScripts(pageHtml: string): string {
  return pageHtml.replace(ASYNC_CHUNK, '<script src="$1" defer="">');
}

/**
 * Keeps the most recently read fragments up to a byte budget. A Graph-shaped API of 10,000
 * operations writes gigabytes of distinct fragments; holding them all ran the build out of heap,
 * while pages of one tag share most of theirs, so a bounded cache keeps the hits.
 */
export function boundedReader(read: (key: string) => string | undefined, maxChars = 64 * 1024 * 1024): (key: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  let chars = 0;
  return (key) => {
    if (cache.has(key)) {
      const hit = cache.get(key);
      // Re-inserting moves the key to the end: the map's order is its recency.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const value = read(key);
    cache.set(key, value);
    chars += value?.length ?? 0;
    for (const [oldest, content] of cache) {
      if (chars <= maxChars || oldest === key) break;
      cache.delete(oldest);
      chars -= content?.length ?? 0;
    }
    return value;
  };
}

/**
 * Fills every HTML file under `outDir` from the fragments in `fragmentDir`, defers its chunk
 * scripts, and hands it to `finish` (see islands-only.ts): one read and one write per page.
 */
export function fillExport(outDir: string, fragmentDir: string, finish: (html: string) => string = (html) => html): { pages: number; fragments: number; missing: string[] } {
  const read = boundedReader((key) => {
    const file = path.join(fragmentDir, `${key}.html`);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  });
  const result = { pages: 0, fragments: 0, missing: [] as string[] };
  for (const file of listFiles(outDir, '.html')) {
    const original = fs.readFileSync(file, 'utf8');
    let page = deferChunkScripts(original);
    if (page.includes(FRAGMENT_ATTRIBUTE)) {
      const { html, filled, missing } = fillFragments(page, read);
      page = html;
      result.pages += 1;
      result.fragments += filled;
      result.missing.push(...missing.map((key) => `${path.relative(outDir, file)}: ${key}`));
    }
    page = finish(page);
    if (page !== original) fs.writeFileSync(file, page);
  }
  return result;
}

export function listFiles(dir: string, suffix: string): string[] {
  const found: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else if (entry.name.endsWith(suffix)) found.push(full);
    }
  }
  return found;
}
