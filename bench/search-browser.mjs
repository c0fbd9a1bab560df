// The search dialog in Chromium, as readers get it: the real dialog (components/search) rendered
// with React, its index loaded, decoded and queried in the search worker. Reports the time from
// opening to the first result (cold: new browser context, no cache), the longest main-thread task
// from opening through typing every query one key at a time, and the worker's query times.
// The page and the worker are bundled with esbuild (which tsx brings along); the page has no CSS.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { launchBrowser, startServer } from './measure-browser.mjs';

const root = path.resolve(import.meta.dirname, '..');

const PAGE = `<!doctype html><meta charset="utf-8"><title>search bench</title>
<script>
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration }); }).observe({ type: 'longtask', buffered: true });
  // The worker reports each query's time with its answer (components/search/search-worker-protocol.ts).
  window.queryTimes = [];
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => event.data.type === 'answer' && window.queryTimes.push(event.data.elapsedMs));
    }
  };
</script>
<div id="root"></div>
<script type="module" src="bench.js"></script>`;

const ENTRY = `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { SearchDialog } from './components/search/search-dialog.client.tsx';
window.openSearch = () => {
  window.openedAt = performance.now();
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-result="0"]')) return;
    window.firstResultAt = performance.now();
    observer.disconnect();
  }).observe(document.body, { childList: true, subtree: true });
  createRoot(document.getElementById('root')).render(createElement(SearchDialog, { open: true, onClose() {} }));
};
`;

/** The dialog's module worker URL, which Next bundles, pointed at the worker esbuild writes beside the page. */
const workerUrlPlugin = {
  name: 'search-worker-url',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /load-search-index\.ts$/ }, (args) => ({
      contents: fs.readFileSync(args.path, 'utf8').replace("new URL('./search.worker.ts', import.meta.url)", "new URL('search.worker.js', location.href)"),
      loader: 'ts',
    }));
  },
};

async function bundle(pageDir) {
  const common = { bundle: true, format: 'esm', minify: true, logLevel: 'error', alias: { '@': root }, define: { 'process.env.NEXT_PUBLIC_BASE_PATH': '""', 'process.env.NODE_ENV': '"production"' }, jsx: 'automatic' };
  await build({ ...common, stdin: { contents: ENTRY, resolveDir: root, loader: 'tsx' }, outfile: path.join(pageDir, 'bench.js'), plugins: [workerUrlPlugin] });
  await build({ ...common, entryPoints: [path.join(root, 'components/search/search.worker.ts')], outfile: path.join(pageDir, 'search.worker.js') });
}

/** Serves `searchDir` (the files as the build writes them) beside a page with the search dialog. */
export async function measureSearchInBrowser({ searchDir, queries, runs = 3, typedRuns = 1 }) {
  const pageDir = path.join(path.dirname(searchDir), 'browser');
  fs.rmSync(pageDir, { recursive: true, force: true });
  fs.mkdirSync(pageDir, { recursive: true });
  fs.writeFileSync(path.join(pageDir, 'index.html'), PAGE);
  await bundle(pageDir);
  const server = await startServer({ '/search': searchDir, '/': pageDir });
  const browser = await launchBrowser();
  const samples = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(() => typeof window.openSearch === 'function');
      await page.waitForTimeout(300);
      await page.evaluate(() => window.openSearch());
      const box = page.getByRole('searchbox');
      await box.fill(queries[0]);
      await page.waitForFunction(() => window.firstResultAt !== undefined, undefined, { timeout: 60_000 });
      const firstResultMs = await page.evaluate(() => window.firstResultAt - window.openedAt);
      if (run < typedRuns) {
        // A key every 20 ms, faster than anyone types: each keystroke renders and asks the worker.
        for (const query of queries.slice(1)) {
          await box.fill('');
          await box.pressSequentially(query, { delay: 20 });
        }
        await page.waitForTimeout(500);
      }
      const { longTasks, queryTimes, firstResultAt } = await page.evaluate(() => ({ longTasks: window.longTasks.filter((task) => task.start >= window.openedAt), queryTimes: window.queryTimes, firstResultAt: window.firstResultAt }));
      if (process.env.SEARCH_BENCH_DEBUG) console.log(`  long tasks (ms after the first result: duration): ${longTasks.map((task) => `${(task.start - firstResultAt).toFixed(0)}: ${task.duration.toFixed(0)}`).join(', ')}`);
      const longest = (tasks) => Math.max(0, ...tasks.map((task) => task.duration));
      samples.push({ firstResultMs, longestTask: longest(longTasks), longestTyping: longest(longTasks.filter((task) => task.start > firstResultAt)), typed: run < typedRuns, queryTimes });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const typed = samples.filter((sample) => sample.typed);
  const queryTimes = typed.flatMap((sample) => sample.queryTimes).sort((a, b) => a - b);
  return {
    firstResultMs: median(samples.map((sample) => sample.firstResultMs)),
    longestTaskMs: Math.max(...typed.map((sample) => sample.longestTask)),
    longestTypingTaskMs: Math.max(...typed.map((sample) => sample.longestTyping)),
    queryP50Ms: queryTimes[Math.floor(queryTimes.length * 0.5)],
    queryP95Ms: queryTimes[Math.floor(queryTimes.length * 0.95)],
    queryMaxMs: queryTimes.at(-1),
    queries: queryTimes.length,
  };
}
