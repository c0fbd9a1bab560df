#!/usr/bin/env node
// Part of `npm run build`: writes the Markdown twins, llms.txt, llms-full.txt, sitemap.xml and
// robots.txt into the export folder given as the argument, and prints what it wrote as JSON.
// They come from the models the content check cached, not from Next's output, so bin/build.mjs
// runs this beside its own pass over the pages and a big API's export uses both cores.
import { register } from 'tsx/esm/api';

const started = Date.now();
register();
const outDir = process.argv[2];
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const { loadSite } = await import('../lib/content/site.ts');
const { loadConfiguredApi } = await import('../lib/content/load-api-models.ts');
const { writePublishFiles } = await import('../lib/publish/write-publish-files.ts');
const site = loadSite();
const apis = await Promise.all(site.apis.map((entry) => loadConfiguredApi(entry)));
const stats = writePublishFiles(outDir, site, apis, { siteUrl: site.config.siteUrl, basePath });
process.stdout.write(JSON.stringify({ ...stats, seconds: (Date.now() - started) / 1000 }));
