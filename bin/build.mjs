#!/usr/bin/env node
// `npm run build` (and `npm start`, the e2e and bench builds): check the content, export the site
// with Next into out/ (or PORTICO_OUT_DIR), then drop the payload copies the browser never reads.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
for (const step of [[path.join(root, 'bin', 'check-content.mjs')], [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build']]) {
  const run = spawnSync(process.execPath, step, { cwd: root, env, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

register();
const { pruneExport } = await import('../lib/serve/prune-export.ts');
const outDir = path.resolve(root, process.env.PORTICO_OUT_DIR || 'out');
const pruned = pruneExport(outDir);
console.log(`Export ready in ${path.relative(process.cwd(), outDir) || '.'} (${pruned.files} duplicate payload files, ${(pruned.bytes / 1024 / 1024).toFixed(1)} MB, left out)`);
