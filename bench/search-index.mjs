#!/usr/bin/env node
// Measures the search index (lib/search) without building a portal: builds the index files for a
// spec as `npm run build` writes them under out/search/, then reports their size (raw and gzipped),
// what the dialog fetches before its first result (the manifest and the `first` files), and query
// times over queries derived from the spec (operationIds, summaries, concrete paths with a method,
// typos, prefixes, parameter names), each also typed one key at a time as the dialog searches.
//
//   node bench/search-index.mjs                  the generated 1,000-operation spec
//   node bench/search-index.mjs --spec github    GitHub's REST API (@octokit/openapi)
//   node bench/search-index.mjs --spec FILE      any spec
//   --no-browser                                 skip the Chromium measurement (bench/search-browser.mjs)
// SEARCH_BENCH_DEBUG=1 also prints slow queries and keystrokes and targeted queries that missed.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { register } from 'tsx/esm/api';
import { generateSpec } from './generate-spec.mjs';
import { githubSpec } from './peers.mjs';
import { measureSearchInBrowser } from './search-browser.mjs';

register();
const { loadApi } = await import('../lib/openapi/load-api.ts');
const { buildSearchFiles } = await import('../lib/search/build-search-files.ts');
const { createSearchIndex } = await import('../lib/search/create-search-index.ts');

const args = process.argv.slice(2);
const specOption = args.includes('--spec') ? args[args.indexOf('--spec') + 1] : undefined;
const root = path.resolve(import.meta.dirname, '..');
const work = path.join(root, 'bench', '.work', `search-${specOption === 'github' ? 'github' : specOption ? path.basename(specOption).replace(/\W+/g, '-') : 'synthetic'}`);
fs.mkdirSync(work, { recursive: true });

let specFile = specOption === 'github' ? githubSpec() : specOption && path.resolve(specOption);
if (!specFile) {
  specFile = path.join(work, 'synthetic.json');
  fs.writeFileSync(specFile, JSON.stringify(generateSpec({ operations: 1000 })));
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

const { model } = await loadApi(specFile);
if (!model) throw new Error(`${specFile} did not load`);
const buildStart = performance.now();
const { manifest, contents } = buildSearchFiles([], [{ id: 'api', title: model.info.title, model }]);
const buildMs = performance.now() - buildStart;

const outDir = path.join(work, 'search');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir);
const manifestJson = JSON.stringify(manifest);
fs.writeFileSync(path.join(outDir, 'manifest.json'), manifestJson);
let total = Buffer.byteLength(manifestJson);
let totalGzip = gzipSync(manifestJson).length;
let firstGzip = totalGzip;
let largestGzip = 0;
for (const entry of manifest.files) {
  const json = contents.get(entry.file);
  fs.writeFileSync(path.join(outDir, entry.file), json);
  const gzipped = gzipSync(json).length;
  total += entry.bytes;
  totalGzip += gzipped;
  largestGzip = Math.max(largestGzip, gzipped);
  if (entry.load === 'first') firstGzip += gzipped;
}

// What the dialog does once the first files are in: parse them and answer.
const coldStart = performance.now();
const index = createSearchIndex();
for (const entry of manifest.files.filter((file) => file.load === 'first')) index.addShard(JSON.parse(contents.get(entry.file)));
index.search(model.operations[0]?.summary ?? 'get');
const coldMs = performance.now() - coldStart;
for (const entry of manifest.files.filter((file) => file.load === 'later')) index.addShard(JSON.parse(contents.get(entry.file)));

// Queries with the page each should find: every n-th operation, asked five ways, plus free ones.
const typo = (word) => (word.length >= 4 ? word[0] + word[2] + word[1] + word.slice(3) : word);
const step = Math.max(1, Math.floor(model.operations.length / 12));
const targeted = [];
for (let position = 0; position < model.operations.length; position += step) {
  const operation = model.operations[position];
  const url = `/reference/api/${operation.slug}/`;
  const concrete = operation.path.replace(/\{[^}]+\}/g, (_, offset) => `x${offset}`);
  if (operation.operationId) targeted.push([operation.operationId, url]);
  if (operation.summary) targeted.push([operation.summary, url]);
  targeted.push([`${operation.method.toUpperCase()} ${concrete}`, url]);
  if (operation.summary) targeted.push([operation.summary.split(' ').map(typo).join(' '), url]);
  const parameter = operation.parameters.find((candidate) => candidate.in === 'query');
  if (parameter) targeted.push([parameter.name, undefined]);
  const firstWord = operation.summary?.split(' ').find((word) => word.length >= 6);
  if (firstWord) targeted.push([firstWord.slice(0, 5), undefined]);
}
const queries = [...targeted, ...['a', 'org', 'paginat', 'lsit', 'id', 'user', 'created_at', 'default_branch', 'issue_number', 'webhook'].map((query) => [query, undefined])];

const times = [];
// CPU time beside wall time: on a machine shared with other builds, wall time mostly measures the wait.
const cpuTimes = [];
const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
let longestKeystroke = 0;
let longestKeystrokeCpu = 0;
let found = 0;
let expected = 0;
for (const [query, url] of queries) {
  for (let length = 1; length < query.length; length++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    index.search(query.slice(0, length));
    const elapsed = performance.now() - start;
    longestKeystrokeCpu = Math.max(longestKeystrokeCpu, cpuMs(cpuStart));
    if (process.env.SEARCH_BENCH_DEBUG && elapsed > 10) console.log(`  slow keystroke: ${query.slice(0, length)} ${elapsed.toFixed(1)} ms`);
    longestKeystroke = Math.max(longestKeystroke, elapsed);
  }
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const { results } = index.search(query, { limit: 20 });
  cpuTimes.push(cpuMs(cpuStart));
  times.push(performance.now() - start);
  if (process.env.SEARCH_BENCH_DEBUG && times.at(-1) > 5) console.log(`  slow: ${query} ${times.at(-1).toFixed(1)} ms`);
  if (url) {
    expected++;
    if (results.slice(0, 3).some((result) => result.hit.url === url)) found++;
    else if (process.env.SEARCH_BENCH_DEBUG) console.log(`  not in the top 3: ${query} -> ${url}`);
  }
}
cpuTimes.sort((a, b) => a - b);
times.sort((a, b) => a - b);

console.log(`Search index for ${path.basename(specFile)}: ${model.operations.length} operations, ${model.webhooks.length} webhooks, ${Object.keys(model.schemas).length} schemas`);
console.log(`  built in ${buildMs.toFixed(0)} ms; ${manifest.files.length} files + manifest in ${path.relative(root, outDir)}`);
console.log(`  all files: ${kb(total)} (${kb(totalGzip)} gzipped); largest file ${kb(largestGzip)} gzipped`);
console.log(`  fetched before the first result: ${kb(firstGzip)} gzipped (budget 200 KB); parsed and answered in ${coldMs.toFixed(0)} ms (Node)`);
console.log(`  ${times.length} queries: median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms (budget 10 ms), slowest ${times.at(-1).toFixed(2)} ms; longest single keystroke ${longestKeystroke.toFixed(1)} ms`);
console.log(`  the same in CPU time: median ${percentile(cpuTimes, 50).toFixed(2)} ms, p95 ${percentile(cpuTimes, 95).toFixed(2)} ms, slowest ${cpuTimes.at(-1).toFixed(2)} ms; longest keystroke ${longestKeystrokeCpu.toFixed(1)} ms`);
console.log(`  expected page in the top 3 for ${found} of ${expected} targeted queries (operationId, summary, method + concrete path, summary with typos)`);

if (!args.includes('--no-browser')) {
  const browser = await measureSearchInBrowser({ searchDir: outDir, queries: queries.map(([query]) => query) });
  console.log(`  Chromium, the dialog with its worker (cold, median of 3): first result ${browser.firstResultMs.toFixed(0)} ms after opening; longest main-thread task from opening ${browser.longestTaskMs.toFixed(0)} ms, after the first result, while typing, ${browser.longestTypingTaskMs.toFixed(0)} ms (budget 50 ms)`);
  console.log(`  Chromium, ${browser.queries} queries in the worker (one per keystroke): median ${browser.queryP50Ms.toFixed(1)} ms, p95 ${browser.queryP95Ms.toFixed(1)} ms (budget 10 ms), slowest ${browser.queryMaxMs.toFixed(1)} ms`);
}
