// Browser measurements for `npm run bench`: how soon a reader sees an operation's title on a fresh
// deep link, and how long the main thread stays busy afterwards. Used for Portico's pages and for
// the peer renderers (bench/peers.mjs) alike, so all get the same clock and the same rules.
//
// Every run gets a new browser context: no HTTP cache, no service worker, no storage carried over.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './chromium.mjs';

export const VISIBLE_TIMEOUT_MS = 60_000;
// The page counts as settled after the load event and this long without a new long task.
const IDLE_MS = 2_000;

export async function launchBrowser() {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
}

/**
 * A plain static server on 127.0.0.1: no compression (sirv only serves precompressed files when
 * asked to, and we do not), so transfer sizes are the files' own. `mounts` maps URL prefixes to folders.
 */
export function startServer(mounts) {
  const handlers = Object.entries(mounts)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([prefix, dir]) => [prefix, sirv(dir, { dev: false, etag: false, extensions: ['html'] })]);
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const match = handlers.find(([prefix]) => url === prefix || url.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
    if (!match) return res.writeHead(404).end();
    req.url = match[0] === '/' ? url : url.slice(match[0].length) || '/';
    match[1](req, res, () => res.writeHead(404).end('Not found'));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) }));
  });
}

/**
 * Runs in the page before any of its scripts: records long tasks and first contentful paint,
 * and checks on every animation frame whether the target title is laid out inside the viewport
 * (a frame callback only runs when the main thread is free, so a blocked thread delays it as it
 * delays the reader).
 */
function initScript(target) {
  const bench = (window.__bench = { longTasks: [], fcp: null, visible: null, load: null });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  addEventListener('load', () => (bench.load = performance.now()));
  const inView = (el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.width > 0 && r.bottom > 0 && r.top < innerHeight;
  };
  const check = () => {
    const candidates = target.selector ? document.querySelectorAll(target.selector) : document.querySelectorAll('h1, h2, h3, h4');
    for (const el of candidates) {
      if (target.text && el.textContent.trim() !== target.text) continue;
      if (inView(el)) {
        bench.visible = performance.now();
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Calls `fn` in the page; undefined when the page does not answer within `ms` (its main thread is busy). */
async function ask(page, fn, ms = 5_000) {
  return Promise.race([page.evaluate(fn).catch(() => undefined), sleep(ms).then(() => undefined)]);
}

/**
 * Waits for the title (up to 60 s), the load event, and IDLE_MS without long tasks. A task still
 * running at the cut-off is not reported by the page (an observer entry comes when a task ends), so
 * `openTaskMs` says how long the page has not answered by then: the longest task is at least that.
 */
async function settle(page, startedAt) {
  let bench = null;
  let lastAnswer = Date.now();
  for (;;) {
    await sleep(250);
    const read = await ask(page, () => ({ ...window.__bench, now: performance.now() }));
    if (read) {
      bench = read;
      lastAnswer = Date.now();
    }
    const elapsed = Date.now() - startedAt;
    const openTaskMs = read ? 0 : Date.now() - lastAnswer;
    if (!bench || bench.visible === null) {
      if (elapsed > VISIBLE_TIMEOUT_MS) return { bench, openTaskMs };
      continue;
    }
    const lastTaskEnd = Math.max(0, ...bench.longTasks.map((t) => t.start + t.duration));
    if (read && bench.load !== null && bench.now - Math.max(bench.load, lastTaskEnd) >= IDLE_MS) return { bench, openTaskMs };
    if (elapsed > VISIBLE_TIMEOUT_MS + 30_000) return { bench, openTaskMs };
  }
}

/** Long-task figures: the longest task, and total blocking time (each task's part over 50 ms). */
function summarise({ bench, openTaskMs }) {
  if (!bench) return { visibleMs: null, fcpMs: null, longestTaskMs: openTaskMs || null, tbtMs: null, longTasks: 0, openTaskMs };
  const durations = bench.longTasks.map((t) => t.duration);
  if (openTaskMs > 0) durations.push(openTaskMs);
  return {
    // A title cannot be seen before the first paint: the frame it was laid out in, or FCP if later.
    visibleMs: bench.visible === null ? null : Math.max(bench.visible, bench.fcp ?? 0),
    fcpMs: bench.fcp,
    longestTaskMs: durations.length ? Math.max(...durations) : 0,
    tbtMs: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    longTasks: durations.length,
    openTaskMs,
  };
}

/**
 * One run: new context, open `url`, wait until `target` (`{ selector }` or `{ text }`) is visible
 * and the page settles. `next`, when given, is then opened from that page by clicking the link
 * it returns (a locator) and measured the same way (`nextTarget`).
 */
export async function measureOnce(browser, { url, target, next, nextTarget, trace }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(initScript, target);
    if (trace) await browser.startTracing(page, { path: trace, screenshots: false, categories: TRACE_CATEGORIES });
    const startedAt = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: VISIBLE_TIMEOUT_MS });
    const first = summarise(await settle(page, startedAt));
    if (trace) await browser.stopTracing();
    if (!next) return { first };
    // The second page runs the init script again (a plain link is a new document), now for its target.
    await page.addInitScript(initScript, nextTarget);
    const link = await next(page);
    const nextStarted = Date.now();
    await Promise.all([page.waitForNavigation({ waitUntil: 'commit', timeout: VISIBLE_TIMEOUT_MS }), link.click()]);
    const second = summarise(await settle(page, nextStarted));
    return { first, second };
  } finally {
    await context.close();
  }
}

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'loading'];

export function median(values) {
  const xs = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Medians over runs of every figure; a title that never showed in some run is reported as such. */
export function medians(runs) {
  const keys = ['visibleMs', 'fcpMs', 'longestTaskMs', 'tbtMs', 'longTasks', 'openTaskMs'];
  const out = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
  out.runs = runs.length;
  out.notShown = runs.filter((r) => r.visibleMs === null).length;
  return out;
}

export function traceFileFor(dir, name) {
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.trace.json`);
}
