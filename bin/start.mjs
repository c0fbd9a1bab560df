#!/usr/bin/env node
// `npm start`: build the portal (unless --no-build), serve out/ like a static host,
// and run the demo API that the default portal's try-it console calls.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = new Set(process.argv.slice(2));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

if (!args.has('--no-build')) {
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'build.mjs')], { cwd: root, env, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const { startStaticServer } = await import('../lib/serve/start-static-server.ts');
const { getContentDir } = await import('../lib/content/content-dir.ts');

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const site = await startStaticServer({ dir: path.join(root, 'out'), port, host, basePath: process.env.BASE_PATH ?? '' });
console.log(`Portal:   ${site.url.replace('127.0.0.1', 'localhost')}`);

// The demo API belongs to the embedded default content only.
const usesDefaultContent = getContentDir() === path.join(root, 'content');
let demo;
if (usesDefaultContent && !args.has('--no-demo-api')) {
  const { startDemoApi } = await import('../lib/demo-api/start-demo-api.ts');
  demo = await startDemoApi({ port: Number(process.env.DEMO_API_PORT ?? 4010), cors: !args.has('--no-cors') });
  console.log(`Demo API: ${demo.url}`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await Promise.all([site.close(), demo?.close()]);
    process.exit(0);
  });
}
