#!/usr/bin/env node
// What the publish files (Markdown twins, llms.txt, llms-full.txt, sitemap.xml, robots.txt) add to
// a portal's output, without running next build: `node bench/measure-publish.mjs <content dir>`.
// Writes them into a temporary folder and prints files, bytes and the time it took.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { loadSite } = await import('../lib/content/site.ts');
const { loadConfiguredApi } = await import('../lib/content/load-api-models.ts');
const { writePublishFiles } = await import('../lib/publish/write-publish-files.ts');

const contentDir = path.resolve(process.argv[2] ?? 'content');
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-publish-'));
try {
  const site = loadSite(contentDir);
  const cacheDir = path.join(os.tmpdir(), 'portico-publish-cache');
  const apis = await Promise.all(site.apis.map((entry) => loadConfiguredApi(entry, { cacheDir })));
  const started = performance.now();
  const stats = writePublishFiles(outDir, site, apis, { siteUrl: 'https://docs.example.com', basePath: '' });
  const seconds = (performance.now() - started) / 1000;
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const others = stats.files.map((name) => `${name} ${mb(fs.statSync(path.join(outDir, name)).size)}`);
  console.log(`${contentDir}: ${stats.twins} twins, ${mb(stats.twinBytes)} (${(stats.twinBytes / Math.max(1, stats.twins) / 1024).toFixed(1)} KB each); ${others.join(', ')}; written in ${seconds.toFixed(1)} s`);
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
