#!/usr/bin/env node
// `npm run bench`: builds a portal for a synthetic 1,000-operation spec and checks the budgets
// of DESIGN.md: build under 2 minutes and 4 GB (peak RSS summed over the build's process tree),
// at most 150 KB of gzipped JavaScript on an operation page. Also reports the pages, the output's
// bytes and files (per page too) and, in Chromium, how soon a deep-linked operation shows and how
// long the main thread blocks (bench/browser-bench.mjs). Exits 1 when a budget is missed.
//
//   node bench/run.mjs                 generate, build, measure (files and browser)
//   node bench/run.mjs --spec FILE     the same for a real single-file JSON spec; the budgets still
//                                      apply, the operation count is the spec's own
//   node bench/run.mjs --spec github   GitHub's REST spec (npm @octokit/openapi, installed into
//                                      bench/.work/peers when absent), deep link "Get a repository"
//   --peers          also measure Redoc and Scalar on the same spec and operation (bench/peers.mjs)
//   --runs N         browser runs per page, medians reported (default 3)
//   --no-browser     files, time and memory only
//   --no-build       measure the last build of that spec again
//   --op ID          the deep-linked operationId (default: repos/get on GitHub, getResource7 otherwise)
//   --trace          also record a Chromium trace of the deep link and break down its longest tasks
// Each spec builds in its own folder, bench/.work/<name>/ (content/ and out/).
//   --shape graph --operations N   a Microsoft Graph-shaped spec (bench/generate-graph-spec.mjs):
//                                      entity types of 50-150 properties referencing each other
//   --operations N   also sizes the default synthetic spec (default 1,000)
// Every run reports the median and largest operation page and flags operation pages over
// 250 KB of HTML (the budget on GitHub's spec and on a Graph-shaped 10,000-operation spec).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { browserBench } from './browser-bench.mjs';
import { generateGraphSpec } from './generate-graph-spec.mjs';
import { generateSpec } from './generate-spec.mjs';
import { githubSpec } from './peers.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const specOption = option('--spec');
const specFile = specOption === 'github' ? githubSpec() : specOption === undefined ? undefined : path.resolve(specOption);
const shapeOption = option('--shape') ?? 'synthetic';
const benchName = specOption === 'github' ? 'github' : specFile ? path.basename(specFile).replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_-]+/g, '-') : shapeOption;
const runs = Math.max(1, Number(option('--runs') ?? 3));
const operationId = option('--op') ?? (specOption === 'github' ? 'repos/get' : specFile || shapeOption !== 'synthetic' ? undefined : 'getResource7');

const root = path.resolve(import.meta.dirname, '..');
const benchRoot = path.join(root, 'bench', '.work');
const work = path.join(benchRoot, benchName);
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'out');
const API_ID = 'synthetic';
const BUDGETS = { buildSeconds: 120, peakMemoryMb: 4096, operationJsKb: 150, operationHtmlKb: 250 };
const shape = shapeOption;
if (!['synthetic', 'graph'].includes(shape)) {
  console.error(`bench: unknown --shape ${shape} (synthetic or graph)`);
  process.exit(2);
}
const SYNTHETIC_OPERATIONS = Number(option('--operations') ?? 1000);
if (!Number.isInteger(SYNTHETIC_OPERATIONS) || SYNTHETIC_OPERATIONS < 1) {
  console.error('bench: --operations takes a positive whole number');
  process.exit(2);
}

function writeContent() {
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(contentDir, 'openapi'), { recursive: true });
  const name = specFile ? `spec${path.extname(specFile)}` : 'synthetic.json';
  if (specFile) fs.copyFileSync(specFile, path.join(contentDir, 'openapi', name));
  else {
    const spec = shape === 'graph' ? generateGraphSpec({ operations: SYNTHETIC_OPERATIONS }) : generateSpec({ operations: SYNTHETIC_OPERATIONS });
    fs.writeFileSync(path.join(contentDir, 'openapi', name), JSON.stringify(spec));
  }
  const title = specFile ? path.basename(specFile) : shape === 'graph' ? 'Graph-shaped API' : 'Synthetic API';
  const config = { title: 'Portico benchmark', apis: [{ id: API_ID, spec: `openapi/${name}`, title }] };
  fs.writeFileSync(path.join(contentDir, 'portal.config.json'), JSON.stringify(config, null, 2));
}

/** Resident memory of a process and each of its descendants, in bytes, from /proc. */
function treeRss(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the parenthesised command name: state ppid ...
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(after[1]);
      const pages = Number(fs.readFileSync(`/proc/${entry}/statm`, 'utf8').split(' ')[1]);
      rss.set(Number(entry), pages * 4096);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  const processes = [];
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop();
    if (rss.has(pid)) processes.push({ pid, bytes: rss.get(pid) });
    stack.push(...(children.get(pid) ?? []));
  }
  return { total: processes.reduce((sum, p) => sum + p.bytes, 0), processes };
}

/** Which processes held the memory at the peak, largest first ("2.93 GB next build worker, ..."): where to look when it grows. */
function describePeak(processes) {
  const name = (pid) => {
    try {
      const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      const script = argv.find((arg, i) => i > 0 && !arg.startsWith('-')) ?? argv[0] ?? '?';
      // Next's build workers run jest-worker's processChild.js.
      return /jest-worker[\\/]processChild/.test(script) ? 'next build worker' : path.basename(script).replace(/\.(m?js|cjs)$/, '');
    } catch {
      return '?';
    }
  };
  return processes
    .filter((p) => p.bytes > 50 * 1024 * 1024)
    .sort((a, b) => b.bytes - a.bytes)
    .map((p) => `${(p.bytes / 1024 ** 3).toFixed(2)} GB ${name(p.pid)}`)
    .join(', ');
}

const TIME_BIN = '/usr/bin/time';

/**
 * Runs a command, sampling the memory of its process tree; resolves with its exit code, peak
 * and (where GNU time exists) the CPU seconds of the whole tree, which unlike wall time does
 * not depend on what else the machine is doing.
 */
function runMeasured(args, env) {
  fs.mkdirSync(work, { recursive: true });
  const cpuFile = path.join(work, `cpu-${process.pid}.txt`);
  const timed = fs.existsSync(TIME_BIN);
  const [command, commandArgs] = timed ? [TIME_BIN, ['-q', '-o', cpuFile, '-f', '%U %S', process.execPath, ...args]] : [process.execPath, args];
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
    let peak = 0;
    let peakAt = '';
    const started = performance.now();
    const timer = setInterval(() => {
      const { total, processes } = treeRss(child.pid);
      if (total <= peak) return;
      peak = total;
      peakAt = `at ${((performance.now() - started) / 1000).toFixed(0)} s: ${describePeak(processes)}`;
    }, 200);
    child.on('exit', (code) => {
      clearInterval(timer);
      let cpu = NaN;
      if (timed && fs.existsSync(cpuFile)) {
        cpu = fs.readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number).reduce((a, b) => a + b, 0);
        fs.rmSync(cpuFile);
      }
      resolve({ code: code ?? 1, peak, peakAt, cpu });
    });
  });
}

async function build() {
  const env = { ...process.env, CONTENT_DIR: contentDir, PORTICO_OUT_DIR: path.relative(root, outDir), NEXT_TELEMETRY_DISABLED: '1' };
  delete env.BASE_PATH;
  const started = performance.now();
  const { code, peak, peakAt, cpu } = await runMeasured([path.join(root, 'bin', 'build.mjs')], env);
  if (code !== 0) {
    console.error(`bench: bin/build.mjs failed with exit code ${code}`);
    process.exit(1);
  }
  return { seconds: (performance.now() - started) / 1000, peakMb: peak / 1024 / 1024, peakAt, cpuSeconds: cpu };
}

function listFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

function measureOutput() {
  const files = listFiles(outDir);
  const pages = files.filter((file) => file.endsWith('.html'));
  const outputBytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
  const referenceDir = path.join(outDir, 'reference', API_ID);
  const reserved = new Set(['webhooks', 'schemas', 'explorer', 'nav']);
  const operationPages = fs
    .readdirSync(referenceDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !reserved.has(entry.name))
    .map((entry) => path.join(referenceDir, entry.name, 'index.html'))
    .filter((file) => fs.existsSync(file));
  const sizes = operationPages.map((file) => ({ file, bytes: fs.statSync(file).size })).sort((a, b) => a.bytes - b.bytes);
  const overBudget = sizes.filter((entry) => entry.bytes > BUDGETS.operationHtmlKb * 1024).reverse();
  const largest = sizes[sizes.length - 1];
  const median = sizes[Math.floor(sizes.length / 2)];
  const html = fs.readFileSync(largest.file, 'utf8');
  // `noModule` scripts are legacy polyfills that modern browsers skip.
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1]))];
  let jsGzip = 0;
  let jsRaw = 0;
  for (const src of scripts) {
    const file = path.join(outDir, decodeURIComponent(src.split('?')[0]));
    if (!fs.existsSync(file)) continue;
    const data = fs.readFileSync(file);
    jsRaw += data.length;
    jsGzip += gzipSync(data, { level: 9 }).length;
  }
  return {
    pages: pages.length,
    twins: files.filter((file) => file.endsWith('.md')).length,
    files: files.length,
    outputBytes,
    operationPages: operationPages.length,
    largestPage: path.relative(outDir, largest.file),
    overBudget: overBudget.map((entry) => ({ page: path.relative(outDir, entry.file), kb: entry.bytes / 1024 })),
    medianHtmlKb: median.bytes / 1024,
    largestHtmlKb: largest.bytes / 1024,
    largestHtmlGzipKb: gzipSync(html, { level: 9 }).length / 1024,
    scripts: scripts.length,
    jsRawKb: jsRaw / 1024,
    jsGzipKb: jsGzip / 1024,
  };
}

const skipBuild = args.includes('--no-build');
let built = { seconds: NaN, peakMb: NaN, peakAt: '', cpuSeconds: NaN };
if (!skipBuild) {
  writeContent();
  built = await build();
}
if (!fs.existsSync(outDir)) {
  console.error(`bench: no build output in ${path.relative(root, outDir)}; run without --no-build first.`);
  process.exit(1);
}
const measured = measureOutput();
// The default synthetic spec comes in resources of four operations.
const expectedOperations = shape === 'graph' ? SYNTHETIC_OPERATIONS : Math.ceil(SYNTHETIC_OPERATIONS / 4) * 4;

// With --no-build the build's own figures are not measured: say so rather than print NaN.
const ifBuilt = (text) => (skipBuild ? 'not measured (--no-build)' : text);
const rows = [
  ['build time', ifBuilt(`${built.seconds.toFixed(1)} s`), `< ${BUDGETS.buildSeconds} s`, skipBuild || built.seconds < BUDGETS.buildSeconds],
  ['CPU time (user + sys)', ifBuilt(`${built.cpuSeconds.toFixed(1)} s (load average now ${os.loadavg()[0].toFixed(1)})`), '', true],
  ['peak memory (process tree)', ifBuilt(`${Math.round(built.peakMb)} MB`), `< ${BUDGETS.peakMemoryMb} MB`, skipBuild || built.peakMb < BUDGETS.peakMemoryMb],
  ['  held by', ifBuilt(built.peakAt || '-'), '', true],
  ['pages (HTML files)', String(measured.pages), '', true],
  ['operation pages', String(measured.operationPages), specFile ? '' : String(expectedOperations), specFile !== undefined || measured.operationPages === expectedOperations],
  ['output on disk', `${(measured.outputBytes / 1024 / 1024).toFixed(0)} MB in ${measured.files} files`, '', true],
  ['  per page', `${(measured.outputBytes / measured.pages / 1024).toFixed(0)} KB in ${(measured.files / measured.pages).toFixed(2)} files`, '', true],
  // A page's Markdown twin is the same document for another reader (README, "Markdown twins").
  ['  Markdown twins', `${measured.twins} files; ${(measured.files / (measured.pages + measured.twins)).toFixed(2)} files a page counting each as a page`, '', true],
  ['median operation page HTML', `${measured.medianHtmlKb.toFixed(1)} KB`, '', true],
  ['largest operation page HTML', `${measured.largestHtmlKb.toFixed(1)} KB (${measured.largestHtmlGzipKb.toFixed(1)} KB gzipped)`, '', true],
  ['  which page', measured.largestPage, '', true],
  [
    `operation pages over ${BUDGETS.operationHtmlKb} KB`,
    String(measured.overBudget.length),
    '0',
    measured.overBudget.length === 0,
  ],
  ['page generation rate', ifBuilt(`${(measured.pages / built.seconds).toFixed(1)} pages/s over the whole build`), '', true],
  ['JS on that page (gzipped)', `${measured.jsGzipKb.toFixed(1)} KB in ${measured.scripts} files (${measured.jsRawKb.toFixed(0)} KB raw)`, `<= ${BUDGETS.operationJsKb} KB`, measured.jsGzipKb <= BUDGETS.operationJsKb],
];
const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length), ['measure', 'value', 'budget'][i].length));
const line = (cells) => cells.map((c, i) => String(c).padEnd(width[i])).join('  ');
console.log(`\n${line(['measure', 'value', 'budget'])}  ok`);
for (const row of rows) console.log(`${line(row.slice(0, 3))}  ${row[3] ? 'yes' : 'NO'}`);
if (measured.overBudget.length > 0) {
  console.log(`\nOperation pages over ${BUDGETS.operationHtmlKb} KB of HTML (largest first):`);
  for (const entry of measured.overBudget.slice(0, 20)) console.log(`  ${entry.kb.toFixed(1).padStart(9)} KB  ${entry.page}`);
  if (measured.overBudget.length > 20) console.log(`  ... and ${measured.overBudget.length - 20} more`);
}
if (!args.includes('--no-browser')) {
  if (!operationId) console.log('\nbench: no browser measurements (name the deep-linked operation with --op ID)');
  else {
    const specForPeers = specFile ?? path.join(contentDir, 'openapi', 'synthetic.json');
    await browserBench({ outDir, apiId: API_ID, specFile: specForPeers, operationId, runs, peers: args.includes('--peers'), traceDir: args.includes('--trace') ? path.join(work, 'traces') : undefined });
  }
}
const failed = rows.filter((row) => !row[3]);
if (failed.length > 0) {
  console.error(`\nbench: budget missed: ${failed.map((row) => row[0]).join(', ')}`);
  process.exit(1);
}
