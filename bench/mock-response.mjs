#!/usr/bin/env node
// `npm run bench` (last step): the try-it console's in-browser mock on the default portal, in Chromium.
// Reports, on the "List books" operation page:
//   - the gzipped JavaScript the page loads (the budget figure of bench/run.mjs), then what opening the
//     console adds, then what the first mocked Send adds (the mock and its sample generator): the mock
//     must not be in the first two;
//   - the time from a click on Send to the mocked answer on screen: the first Send (which loads the
//     mock's code) and the median of 20 after it.
//
//   node bench/mock-response.mjs              builds the default portal into out/ first (npm run build)
//   node bench/mock-response.mjs --no-build   measures the last build in out/
//   --out DIR                                  measures another build of the default portal (implies --no-build)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, startServer } from './measure-browser.mjs';

const root = path.resolve(import.meta.dirname, '..');
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex === -1 ? path.join(root, 'out') : path.resolve(process.argv[outIndex + 1]);
const PAGE = '/reference/bookshelf/list-books/';
const RUNS = 20;

if (!process.argv.includes('--no-build') && outIndex === -1) {
  const built = spawnSync(process.execPath, [path.join(root, 'bin', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
if (!fs.existsSync(path.join(outDir, PAGE, 'index.html'))) {
  console.error(`bench: ${PAGE} is not in out/: build the default portal first (npm run build).`);
  process.exit(2);
}

/** Runs in the page: clicks Send and resolves on the frame where the answer (the history's new count) is on screen. */
function sendAndWait(expectedCount) {
  const section = document.querySelector('#try-it');
  const button = [...section.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Send');
  const started = performance.now();
  button.click();
  return new Promise((resolve) => {
    const check = () => {
      const region = section.querySelector('[role="region"][aria-label="Response"]');
      const answered = region?.getAttribute('aria-busy') === 'false' && region.querySelector('.tryit-status-line');
      const counted = section.querySelector('.tryit-history summary')?.textContent === `History (${expectedCount})`;
      if (answered && counted) resolve(performance.now() - started);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const server = await startServer({ '/': outDir });
const browser = await launchBrowser();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const phase = { name: 'page' };
  const scripts = { page: [], console: [], mock: [] };
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const list = scripts[phase.name];
    const body = await response.body().catch(() => Buffer.alloc(0));
    list.push(gzipSync(body, { level: 9 }).length);
  });
  await page.goto(`${server.origin}${PAGE}`, { waitUntil: 'networkidle' });
  phase.name = 'console';
  const section = page.locator('#try-it');
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('button', { name: 'Send', exact: true }).waitFor();
  await section.getByLabel('Server', { exact: true }).selectOption({ label: 'Mock (in this browser)' });
  await page.waitForLoadState('networkidle');
  phase.name = 'mock';
  const first = await page.evaluate(sendAndWait, 1);
  await page.waitForLoadState('networkidle');
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push(await page.evaluate(sendAndWait, i + 2));
  const kb = (list) => `${(list.reduce((sum, size) => sum + size, 0) / 1024).toFixed(1)} KB gzipped in ${list.length} files`;
  const load = os.loadavg().map((n) => n.toFixed(2)).join(' ');
  console.log(`\nMock response bench: ${PAGE} of the default portal, Chromium (load average ${load}, ${os.cpus().length} cores)`);
  console.log(`  JS on the operation page          ${kb(scripts.page)}`);
  console.log(`  + opening the console             ${kb(scripts.console)}`);
  console.log(`  + first mocked Send (mock, ajv)   ${kb(scripts.mock)}`);
  console.log(`  first mocked response            ${first.toFixed(1)} ms (loads the mock and validators)`);
  console.log(`  mocked response, median of ${RUNS}    ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
