#!/usr/bin/env node
// Lighthouse 12 (Chromium, its default mobile preset: simulated slow 4G and 4x CPU slowdown) on
// the default portal: performance, accessibility, best practices and SEO for the home page, a
// guide and an operation page. Targets: 95+, 100, 95+, 100; exits 1 when one is missed.
//
//   node bench/lighthouse.mjs              build the default portal into bench/.work/lighthouse/out, then measure
//   node bench/lighthouse.mjs --out DIR    measure an existing export (e.g. out/ after `npm run build`)
//   --runs N                               runs per page, the median score reported (default 1)
//
// Chromium: CHROME_PATH, else /usr/bin/chromium, else Playwright's. Lighthouse 12.2.3 is the last
// release that runs on Node 20 (13 needs Node 22).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { CHROMIUM_EXECUTABLE } from './chromium.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const runs = Number(option('--runs') ?? 1);
const PAGES = [
  ['home', '/'],
  ['guide', '/docs/getting-started/'],
  ['operation', '/reference/bookshelf/list-books/'],
];
const CATEGORIES = [
  ['performance', 95],
  ['accessibility', 100],
  ['best-practices', 95],
  ['seo', 100],
];

// Without either, chrome-launcher looks for an installed Chrome itself.
const chromePath = () => process.env.CHROME_PATH || CHROMIUM_EXECUTABLE;

let outDir = option('--out') && path.resolve(option('--out'));
if (!outDir) {
  const relative = path.join('bench', '.work', 'lighthouse', 'out');
  const build = spawnSync(process.execPath, [path.join(root, 'bin', 'build.mjs')], { cwd: root, env: { ...process.env, PORTICO_OUT_DIR: relative, BASE_PATH: '' }, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  outDir = path.join(root, relative);
}

register();
const { startStaticServer } = await import('../lib/serve/start-static-server.ts');
const server = await startStaticServer({ dir: outDir, port: 0 });
const lighthouseBin = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs a command without blocking this process's event loop: the static server answers from it. */
function run(command, commandArgs, options) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    // A run that hangs (Chromium starved on a loaded machine) is stopped rather than waited for.
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

/** One Lighthouse run of `url`: the four category scores (0-100) and the audits that lost points. */
async function lighthouse(url) {
  const reportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portico-lh-')), 'report.json');
  const result = await run(
    process.execPath,
    [
      lighthouseBin,
      url,
      '--quiet',
      '--max-wait-for-load=90000',
      '--output=json',
      `--output-path=${reportFile}`,
      `--only-categories=${CATEGORIES.map(([id]) => id).join(',')}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH: chromePath() ?? '' } },
  );
  if (result.status !== 0 || !fs.existsSync(reportFile)) throw new Error(`lighthouse failed on ${url}: ${result.stderr}`);
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  fs.rmSync(path.dirname(reportFile), { recursive: true, force: true });
  const scores = Object.fromEntries(CATEGORIES.map(([id]) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)]));
  const lost = CATEGORIES.flatMap(([id]) =>
    report.categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && report.audits[ref.id].score !== null && report.audits[ref.id].score < 0.9)
      .map((ref) => `${id}: ${ref.id} (${report.audits[ref.id].displayValue ?? report.audits[ref.id].score})`),
  );
  return { scores, lost };
}

let missed = false;
try {
  console.log(`Lighthouse 12 (mobile preset) on ${path.relative(root, outDir) || '.'}, ${runs} run(s) per page, median; load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores`);
  console.log(['page'.padEnd(10), ...CATEGORIES.map(([id, target]) => `${id} (${target}+)`.padEnd(22))].join(' '));
  for (const [name, href] of PAGES) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await lighthouse(new URL(href.slice(1), server.url).href));
    const cells = CATEGORIES.map(([id, target]) => {
      const score = median(results.map((result) => result.scores[id]));
      if (score < target) missed = true;
      return `${score}${score < target ? ' MISSED' : ''}`.padEnd(22);
    });
    console.log([name.padEnd(10), ...cells].join(' '));
    for (const item of new Set(results.flatMap((result) => result.lost))) console.log(`    ${item}`);
  }
} finally {
  await server.close();
}
if (missed) process.exitCode = 1;
