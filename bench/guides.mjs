#!/usr/bin/env node
// `npm run bench` (guides part): what 500 guides add to a build. Builds the same small portal (a
// 40-operation synthetic spec) twice, without guides and with 500 generated ones
// (bench/generate-guides.mjs), each into its own folder under bench/.work/, and reports the build
// time added per guide (wall and CPU, the difference divided by the guide count) and the HTML and
// gzipped JavaScript of a guide page without a diagram. Budgets (issue #13): <= 60 ms of build time
// per guide on 2 cores, <= 150 KB of gzipped JavaScript. Exits 1 when one is missed.
//
//   node bench/guides.mjs               both builds, then measure
//   --guides N                          how many guides (default 500, a multiple of 5)
//   --no-build                          measure the last builds' output again (no times)
//   --reuse-bare                        build only the portal with guides; take the times of the last
//                                       build without guides (bench/.work/guides-0/timing.json)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateSpec } from './generate-spec.mjs';
import { writeGuides } from './generate-guides.mjs';

const args = process.argv.slice(2);
const guideCount = Number(args.includes('--guides') ? args[args.indexOf('--guides') + 1] : 500);
if (!Number.isInteger(guideCount) || guideCount < 5 || guideCount % 5 !== 0) {
  console.error('bench: --guides takes a multiple of 5');
  process.exit(2);
}
const BUDGETS = { msPerGuide: 60, guideJsKb: 150 };
const API_ID = 'synthetic';
const root = path.resolve(import.meta.dirname, '..');
const work = (name) => path.join(root, 'bench', '.work', name);
const TIME_BIN = '/usr/bin/time';

function writePortal(dir, guides) {
  const contentDir = path.join(dir, 'content');
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(contentDir, 'openapi'), { recursive: true });
  const spec = generateSpec({ operations: 40 });
  fs.writeFileSync(path.join(contentDir, 'openapi', 'synthetic.json'), JSON.stringify(spec));
  const config = { title: 'Portico guides benchmark', apis: [{ id: API_ID, spec: 'openapi/synthetic.json', title: 'Synthetic API' }] };
  fs.writeFileSync(path.join(contentDir, 'portal.config.json'), JSON.stringify(config, null, 2));
  if (guides > 0) {
    const operations = Object.values(spec.paths).flatMap((item) => Object.values(item).map((operation) => `${API_ID}/${operation.operationId}`));
    writeGuides(contentDir, { count: guides, operations });
  }
  return contentDir;
}

/** Runs bin/build.mjs into `<dir>/out`; resolves with wall seconds and (with GNU time) the CPU seconds of the whole process tree. */
function build(dir, contentDir) {
  const env = { ...process.env, CONTENT_DIR: contentDir, PORTICO_OUT_DIR: path.relative(root, path.join(dir, 'out')), NEXT_TELEMETRY_DISABLED: '1' };
  delete env.BASE_PATH;
  const cpuFile = path.join(dir, 'cpu.txt');
  const timed = fs.existsSync(TIME_BIN);
  const script = path.join(root, 'bin', 'build.mjs');
  const [command, commandArgs] = timed ? [TIME_BIN, ['-q', '-o', cpuFile, '-f', '%U %S', process.execPath, script]] : [process.execPath, [script]];
  const started = performance.now();
  const loads = [];
  const sampler = setInterval(() => loads.push(os.loadavg()[0]), 5000);
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) {
        console.error(`bench: bin/build.mjs failed for ${path.relative(root, contentDir)} (exit code ${code})`);
        process.exit(1);
      }
      const cpu = timed ? fs.readFileSync(cpuFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number).reduce((a, b) => a + b, 0) : NaN;
      const timing = { seconds: (performance.now() - started) / 1000, cpuSeconds: cpu, meanLoad: loads.length > 0 ? loads.reduce((a, b) => a + b, 0) / loads.length : os.loadavg()[0] };
      fs.writeFileSync(path.join(dir, 'timing.json'), JSON.stringify(timing));
      resolve(timing);
    });
  });
}

/** HTML and the JavaScript a page loads (module scripts, gzipped at level 9), as run.mjs measures operation pages. */
function measurePage(outDir, page) {
  const html = fs.readFileSync(path.join(outDir, page), 'utf8');
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0])).map((m) => m[1]))];
  let jsGzip = 0;
  for (const src of sources) {
    const file = path.join(outDir, decodeURIComponent(src.split('?')[0]));
    if (fs.existsSync(file)) jsGzip += gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }
  return { htmlKb: html.length / 1024, htmlGzipKb: gzipSync(html, { level: 9 }).length / 1024, jsGzipKb: jsGzip / 1024, scripts: sources.length, hasMermaid: /mermaid/i.test(html) };
}

const skipBuild = args.includes('--no-build');
const bare = work('guides-0');
const full = work(`guides-${guideCount}`);
let without = { seconds: NaN, cpuSeconds: NaN, meanLoad: NaN };
let withGuides = { seconds: NaN, cpuSeconds: NaN, meanLoad: NaN };
if (!skipBuild) {
  console.log(`bench: building the portal without guides, then with ${guideCount} (load average ${os.loadavg()[0].toFixed(1)})`);
  const reuse = args.includes('--reuse-bare') && fs.existsSync(path.join(bare, 'timing.json'));
  without = reuse ? JSON.parse(fs.readFileSync(path.join(bare, 'timing.json'), 'utf8')) : await build(bare, writePortal(bare, 0));
  if (reuse) console.log('bench: without guides: the times of the last such build (--reuse-bare)');
  withGuides = await build(full, writePortal(full, guideCount));
}
const outDir = path.join(full, 'out');
const page = path.join('docs', 'section-0', 'topic-0', 'area-0', 'page-1', 'index.html');
if (!fs.existsSync(path.join(outDir, page))) {
  console.error(`bench: no ${page} in ${path.relative(root, outDir)}; run without --no-build first.`);
  process.exit(1);
}
const guidePages = fs.readdirSync(path.join(outDir, 'docs'), { recursive: true }).filter((name) => String(name).endsWith('index.html')).length;
const measured = measurePage(outDir, page);
const msPerGuide = ((withGuides.seconds - without.seconds) * 1000) / guideCount;
const cpuMsPerGuide = ((withGuides.cpuSeconds - without.cpuSeconds) * 1000) / guideCount;
// Wall time only means something on an otherwise idle machine. When other work kept the cores busy
// (mean load above the core count), the budget is judged by the CPU time spread over the cores instead.
const cores = os.availableParallelism();
const meanLoad = Math.max(without.meanLoad, withGuides.meanLoad);
const busy = meanLoad > cores + 0.5;
const judgedMs = busy && Number.isFinite(cpuMsPerGuide) ? cpuMsPerGuide / cores : msPerGuide;

const rows = [
  ['build without guides', `${without.seconds.toFixed(1)} s (CPU ${without.cpuSeconds.toFixed(1)} s)`, '', true],
  [`build with ${guideCount} guides`, `${withGuides.seconds.toFixed(1)} s (CPU ${withGuides.cpuSeconds.toFixed(1)} s)`, '', true],
  ['guide pages built', String(guidePages), String(guideCount), guidePages === guideCount],
  ['build time per guide (wall)', `${msPerGuide.toFixed(1)} ms (mean load ${meanLoad.toFixed(1)} on ${cores} cores)`, busy ? '' : `<= ${BUDGETS.msPerGuide} ms`, skipBuild || busy || msPerGuide <= BUDGETS.msPerGuide],
  ['  CPU time per guide', `${cpuMsPerGuide.toFixed(1)} ms (${(cpuMsPerGuide / cores).toFixed(1)} ms over ${cores} cores)`, busy ? `<= ${BUDGETS.msPerGuide} ms over ${cores} cores (machine busy)` : '', skipBuild || !busy || judgedMs <= BUDGETS.msPerGuide],
  ['guide page HTML', `${measured.htmlKb.toFixed(1)} KB (${measured.htmlGzipKb.toFixed(1)} KB gzipped)`, '', true],
  ['  which page', page, '', true],
  ['JS on that page (gzipped)', `${measured.jsGzipKb.toFixed(1)} KB in ${measured.scripts} files${measured.hasMermaid ? ' (loads mermaid!)' : ''}`, `<= ${BUDGETS.guideJsKb} KB`, measured.jsGzipKb <= BUDGETS.guideJsKb && !measured.hasMermaid],
];
const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length), ['guides: measure', 'value', 'budget'][i].length));
const line = (cells) => cells.map((c, i) => String(c).padEnd(width[i])).join('  ');
console.log(`\n${line(['guides: measure', 'value', 'budget'])}  ok`);
for (const row of rows) console.log(`${line(row.slice(0, 3))}  ${row[3] ? 'yes' : 'NO'}`);
if (skipBuild) console.log('(--no-build: build times not measured)');
const failed = rows.filter((row) => !row[3]);
if (failed.length > 0) {
  console.error(`\nbench: budget missed: ${failed.map((row) => row[0]).join(', ')}`);
  process.exit(1);
}
