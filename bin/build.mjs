#!/usr/bin/env node
// `npm run build` (and `npm start`, the e2e and bench builds): check the content, export the site
// with Next into out/ (or PORTICO_OUT_DIR), put the static HTML fragments into the pages, swap
// Next's scripts for the plain islands on pages that do not hydrate (lib/static-html/islands-only.ts),
// then drop the payload files the browser never reads (see lib/static-html/fragments.ts).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const fragmentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-fragments-'));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORTICO_FRAGMENT_DIR: fragmentDir };
process.on('exit', () => fs.rmSync(fragmentDir, { recursive: true, force: true }));

/** Runs a Node script beside this one; resolves to what it printed, or exits as it failed. */
function runInBackground(args) {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let printed = '';
  child.stdout.on('data', (chunk) => (printed += chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      if (code !== 0) process.exit(code ?? 1);
      resolve(printed);
    });
  });
}

/** Renames a folder out of the build's way (to `aside`, outside what Next cleans); returns `aside` if it was there. */
function moveAside(dir, aside) {
  try {
    fs.renameSync(dir, aside);
    return aside;
  } catch {
    return undefined;
  }
}

{
  const outDir = path.resolve(root, process.env.PORTICO_OUT_DIR || 'out');
  // How long each step took, printed at the end, to see where a big build's time goes.
  const steps = [];
  let stepStart = Date.now();
  const lap = (label) => {
    steps.push(`${label} ${((Date.now() - stepStart) / 1000).toFixed(1)} s`);
    stepStart = Date.now();
  };
  const run = (label, args, runEnv = env) => {
    const result = spawnSync(process.execPath, args, { cwd: root, env: runEnv, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
    lap(label);
  };
  run('content check', [path.join(root, 'bin', 'check-content.mjs')]);
  // Next deletes its last build's pages (.next/server) one file at a time before it compiles: 26 s
  // for the 150,000 files of a 10,000-operation API. Moved aside, they are deleted beside the build,
  // by a child process: spawnSync holds this one's event loop while Next runs.
  // (The last export, out/, stays until Next replaces it, so a portal whose build fails keeps it.)
  const oldPages = moveAside(path.join(root, '.next', 'server'), path.join(root, `.next-server.old-${process.pid}`));
  const oldPagesGone = oldPages ? runInBackground(['-e', `require('node:fs').rmSync(${JSON.stringify(oldPages)}, { recursive: true, force: true })`]) : Promise.resolve();
  // Rendering a page allocates much that lives through the page, so V8's default young generation
  // (16 MB semi-spaces) copies it again and again: scavenges took 16% of the build workers' CPU on
  // the Graph-shaped 1,000-operation bench (23.6 s), 13.1 s with 64 MB (no less with 128 MB).
  const nodeOptions = process.env.NODE_OPTIONS ?? '';
  const nextEnv = /--max-semi-space-size/.test(nodeOptions) ? env : { ...env, NODE_OPTIONS: `${nodeOptions} --max-semi-space-size=64`.trim() };
  run('next build', [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], nextEnv);

  register();
  const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
  const publishing = runInBackground([path.join(root, 'bin', 'publish.mjs'), outDir]);
  const { fillExport } = await import('../lib/static-html/fragments.ts');
  const { pruneExport } = await import('../lib/serve/prune-export.ts');
  const { buildIslands } = await import('./build-islands.mjs');
  const { islandsOnlyFinish } = await import('../lib/static-html/islands-only.ts');
  const { describeExport, hostLimitWarnings, listExportFiles } = await import('../lib/serve/host-limits.ts');
  const islands = { pages: 0, bytesSaved: 0 };
  const islandsSrc = await buildIslands({ root, outDir, basePath });
  lap('islands bundle');
  const filled = fillExport(outDir, fragmentDir, islandsOnlyFinish(islandsSrc, islands));
  lap('fragments and islands filled in');
  if (filled.missing.length > 0) {
    console.error(`Portico: ${filled.missing.length} static HTML fragments were not written during the build:\n  ${filled.missing.slice(0, 10).join('\n  ')}`);
    process.exit(1);
  }
  const pruned = pruneExport(outDir);
  lap('payload files removed');
  const published = JSON.parse(await publishing);
  lap('then waiting for the twins');
  await oldPagesGone;
  console.log(
    `Export ready in ${path.relative(process.cwd(), outDir) || '.'}: ${filled.fragments} static fragments in ${filled.pages} pages; ` +
      `${islands.pages} islands-only pages (${(islands.bytesSaved / 1024 / 1024).toFixed(1)} MB of scripts and payload left out); ` +
      `${pruned.files} payload files (${(pruned.bytes / 1024 / 1024).toFixed(1)} MB) left out; ` +
      `${published.twins} Markdown twins (${(published.twinBytes / 1024 / 1024).toFixed(1)} MB), ${published.files.join(', ')}`,
  );
  console.log(`Build steps: ${steps.join(', ')}; twins and llms files took ${published.seconds.toFixed(1)} s beside the fill.`);
  const exported = listExportFiles(outDir);
  const outLabel = `${path.relative(process.cwd(), outDir) || '.'}/`;
  console.log(describeExport(exported, outLabel));
  for (const warning of hostLimitWarnings(exported, outLabel)) console.warn(`Portico: ${warning}`);
}
