// The browser half of `npm run bench`: Portico's operation page on a fresh deep link, a second
// operation opened from it through the sidebar, the floor (that page's <head> and title alone), the
// API overview, and (with --peers) Redoc and Scalar deep-linked to the same operation of the same
// spec. Medians over `runs` runs, each in a new browser context. Prints a table and returns the figures.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, measureOnce, medians, startServer, traceFileFor, VISIBLE_TIMEOUT_MS } from './measure-browser.mjs';
import { deepLinks, findOperation, writePeerSite } from './peers.mjs';
import { analyseTrace, printAnalysis } from './trace.mjs';

/** The same slug as lib/openapi/assign-slugs.ts gives an operationId (kept in step by the check below). */
const slugify = (id) =>
  id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const kb = (file) => (fs.existsSync(file) ? fs.statSync(file).size / 1024 : NaN);

/**
 * @param {object} o
 * @param {string} o.outDir the exported portal
 * @param {string} o.apiId its API's id
 * @param {string} o.specFile the spec JSON (peers load it)
 * @param {string} o.operationId the deep-linked operation
 * @param {number} o.runs
 * @param {boolean} o.peers
 * @param {string|undefined} o.traceDir where to write a trace of the deep link (and its analysis)
 */
export async function browserBench({ outDir, apiId, specFile, operationId, runs, peers, traceDir }) {
  const op = findOperation(JSON.parse(fs.readFileSync(specFile, 'utf8')), operationId);
  const pagePath = `/reference/${apiId}/${slugify(operationId)}/`;
  if (!fs.existsSync(path.join(outDir, pagePath, 'index.html'))) throw new Error(`bench: no page ${pagePath} in ${outDir}`);
  // The floor: the same page's <head> (stylesheet, theme script, islands module) with nothing in
  // <body> but its title. What a deep link costs above this is the page's own doing; the rest is
  // this machine and browser (a new context, the request, the stylesheet, the first layout of text).
  // Written before the server starts, which lists the folder once.
  const floorDir = fs.mkdtempSync(path.join(outDir, '__floor-'));
  const html = fs.readFileSync(path.join(outDir, pagePath, 'index.html'), 'utf8');
  const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? op.summary;
  fs.writeFileSync(path.join(floorDir, 'index.html'), `${html.slice(0, html.indexOf('<body'))}<body><main><h1>${title}</h1></main></body></html>`);
  const mounts = { '/': outDir };
  if (peers) mounts['/__peers'] = writePeerSite(specFile);
  const server = await startServer(mounts);
  const browser = await launchBrowser();
  const h1 = { selector: 'main h1' };
  // The second operation: the sidebar link right after the current page's (the same every run).
  const nextLink = async (page) => page.locator('.api-nav a[aria-current="page"]').locator('xpath=ancestor::li[1]/following-sibling::li[1]/a');
  const rows = [];
  try {
    const collect = async (label, options) => {
      const results = [];
      for (let i = 0; i < runs; i++) {
        results.push(await measureOnce(browser, options));
        process.stdout.write(`bench: ${label} run ${i + 1}/${runs}: ${JSON.stringify(results.at(-1))}\n`);
      }
      return results;
    };
    const deep = await collect('deep link', { url: server.origin + pagePath, target: h1, next: nextLink, nextTarget: h1 });
    let secondHref = '';
    {
      // Which page the sidebar click opened, for the table and its HTML size.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.origin + pagePath);
      secondHref = (await (await nextLink(page)).getAttribute('href')) ?? '';
      await context.close();
    }
    rows.push({ name: `Portico, deep link ${pagePath}`, html: kb(path.join(outDir, pagePath, 'index.html')), ...medians(deep.map((r) => r.first)) });
    rows.push({ name: `Portico, then sidebar click ${secondHref}`, html: kb(path.join(outDir, secondHref, 'index.html')), ...medians(deep.map((r) => r.second)) });
    const floor = await collect('floor', { url: `${server.origin}/${path.basename(floorDir)}/`, target: h1 });
    rows.push({ name: 'floor: its <head> and <h1> alone', html: kb(path.join(floorDir, 'index.html')), ...medians(floor.map((r) => r.first)) });
    const overviewPath = `/reference/${apiId}/`;
    const overview = await collect('overview', { url: server.origin + overviewPath, target: h1 });
    rows.push({ name: `Portico, API overview ${overviewPath}`, html: kb(path.join(outDir, overviewPath, 'index.html')), ...medians(overview.map((r) => r.first)) });
    if (peers) {
      const links = deepLinks(op);
      for (const [peer, file] of [['Redoc', 'redoc.html'], ['Scalar', 'scalar.html']]) {
        const url = `${server.origin}/__peers/${file}${links[peer.toLowerCase()]}`;
        const result = await collect(peer, { url, target: { text: op.summary } });
        rows.push({ name: `${peer}, deep link ${links[peer.toLowerCase()]}`, html: NaN, ...medians(result.map((r) => r.first)) });
      }
    }
    if (traceDir) {
      const trace = traceFileFor(traceDir, slugify(operationId));
      await measureOnce(browser, { url: server.origin + pagePath, target: h1, trace });
      printAnalysis(`deep link ${pagePath} (trace: ${path.relative(process.cwd(), trace)})`, analyseTrace(trace));
    }
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(floorDir, { recursive: true, force: true });
  }
  printTable(rows, op, runs);
  return rows;
}

function printTable(rows, op, runs) {
  const ms = (v) => (v === null || v === undefined ? '-' : `${Math.round(v)} ms`);
  // ">=": a task was still running when measuring stopped (see settle in measure-browser.mjs).
  const atLeast = (r, v) => `${r.openTaskMs > 0 ? '>= ' : ''}${ms(v)}`;
  const shown = (r) => (r.notShown === r.runs ? `did not show in ${VISIBLE_TIMEOUT_MS / 1000} s` : `${ms(r.visibleMs)}${r.notShown ? ` (${r.notShown}/${r.runs} runs did not show)` : ''}`);
  const table = [['page', 'title visible', 'FCP', 'longest task', 'TBT', 'long tasks', 'HTML']];
  for (const r of rows) table.push([r.name, shown(r), ms(r.fcpMs), atLeast(r, r.longestTaskMs), atLeast(r, r.tbtMs), String(r.longTasks ?? '-'), Number.isFinite(r.html) ? `${Math.round(r.html)} KB` : '-']);
  const width = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  console.log(`\nIn Chromium, "${op.summary}" (${op.operationId}), medians of ${runs} runs, each in a new context:`);
  for (const row of table) console.log(row.map((c, i) => c.padEnd(width[i])).join('  '));
}
