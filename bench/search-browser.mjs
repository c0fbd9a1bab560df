// The search index in Chromium, as the dialog uses it (components/search/load-search-index.ts):
// fetch the manifest and the `first` files, parse them, answer the first query; then load the
// other files one by one while the reader types. Reports the time from opening to the first
// result (cold: new browser context, no cache) and the longest main-thread task meanwhile.
// lib/search is bundled for the page with esbuild (which tsx brings along).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { launchBrowser, startServer } from './measure-browser.mjs';

const root = path.resolve(import.meta.dirname, '..');

const PAGE = `<!doctype html><meta charset="utf-8"><title>search bench</title>
<script>
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration }); }).observe({ type: 'longtask', buffered: true });
</script>
<script src="bench.js"></script>`;

const ENTRY = `
import { createSearchIndex } from './lib/search/create-search-index.ts';
window.openSearch = async (firstQuery) => {
  const opened = performance.now();
  const json = async (url, init) => (await fetch(url, init)).json();
  const manifest = await json('search/manifest.json', { cache: 'no-cache' });
  const index = createSearchIndex();
  await Promise.all(manifest.files.filter((f) => f.load === 'first').map(async (f) => index.addShard(await json('search/' + f.file + '?v=' + f.hash))));
  const results = index.search(firstQuery).results.length;
  const firstResultMs = performance.now() - opened;
  const later = (async () => { for (const f of manifest.files.filter((f) => f.load === 'later')) index.addShard(await json('search/' + f.file + '?v=' + f.hash)); })();
  window.searchIndex = index;
  window.laterLoaded = later;
  return { opened, firstResultMs, results };
};
window.typeQueries = async (queries) => {
  const keystrokes = [];
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      const start = performance.now();
      window.searchIndex.search(query.slice(0, length));
      keystrokes.push(performance.now() - start);
      // A reader types a key every ~100 ms at most; yield so loading and rendering can run between keys.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  await window.laterLoaded;
  return keystrokes;
};
`;

/** Serves `searchDir` (the files as the build writes them) beside a page that uses lib/search. */
export async function measureSearchInBrowser({ searchDir, queries, runs = 3 }) {
  const pageDir = path.join(path.dirname(searchDir), 'browser');
  fs.rmSync(pageDir, { recursive: true, force: true });
  fs.mkdirSync(pageDir, { recursive: true });
  fs.writeFileSync(path.join(pageDir, 'index.html'), PAGE);
  await build({ stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' }, bundle: true, format: 'iife', minify: true, outfile: path.join(pageDir, 'bench.js'), logLevel: 'error' });
  const server = await startServer({ '/search': searchDir, '/': pageDir });
  const browser = await launchBrowser();
  const samples = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      await page.waitForTimeout(300);
      const opened = await page.evaluate((query) => window.openSearch(query), queries[0]);
      const keystrokes = await page.evaluate((list) => window.typeQueries(list), queries);
      const longTasks = await page.evaluate((since) => window.longTasks.filter((task) => task.start >= since), opened.opened);
      const bytesFirst = await page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/search/')).map((entry) => ({ name: entry.name, bytes: entry.encodedBodySize })));
      samples.push({ ...opened, keystrokes: keystrokes.sort((a, b) => a - b), longestTask: Math.max(0, ...longTasks.map((task) => task.duration)), resources: bytesFirst.length });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const allKeystrokes = samples.flatMap((sample) => sample.keystrokes).sort((a, b) => a - b);
  return {
    firstResultMs: median(samples.map((sample) => sample.firstResultMs)),
    longestTaskMs: median(samples.map((sample) => sample.longestTask)),
    keystrokeP95Ms: allKeystrokes[Math.floor(allKeystrokes.length * 0.95)],
    keystrokeMaxMs: allKeystrokes.at(-1),
    keystrokes: allKeystrokes.length,
  };
}
