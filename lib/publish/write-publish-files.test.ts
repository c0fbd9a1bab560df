import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfiguredApi, type LoadedApi } from '../content/load-api-models';
import { loadSite, type Site } from '../content/site';
import { writePublishFiles } from './write-publish-files';

const CONTENT = fileURLToPath(new URL('../../content', import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-publish-test-'));
let site: Site;
let apis: LoadedApi[];

beforeAll(async () => {
  site = loadSite(CONTENT);
  apis = await Promise.all(site.apis.map((entry) => loadConfiguredApi(entry, { cacheDir: path.join(tmp, 'cache') })));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function publish(operationTwins: boolean | undefined): string {
  const outDir = path.join(tmp, `out-${String(operationTwins)}`);
  writePublishFiles(outDir, { ...site, config: { ...site.config, publish: operationTwins === undefined ? undefined : { operationTwins } } }, apis, { basePath: '' });
  return outDir;
}

describe('writePublishFiles', () => {
  it('writes a twin per operation by default and links llms.txt to it', () => {
    const outDir = publish(undefined);
    expect(fs.existsSync(path.join(outDir, 'reference/bookshelf/list-books.md'))).toBe(true);
    expect(fs.readFileSync(path.join(outDir, 'llms.txt'), 'utf8')).toContain('(/reference/bookshelf/list-books.md)');
  });

  it('with publish.operationTwins false keeps operations in llms-full.txt only, and guides twinned', () => {
    const outDir = publish(false);
    expect(fs.existsSync(path.join(outDir, 'reference/bookshelf/list-books.md'))).toBe(false);
    expect(fs.readdirSync(path.join(outDir, 'docs')).some((name) => name.endsWith('.md'))).toBe(true);
    expect(fs.readFileSync(path.join(outDir, 'llms.txt'), 'utf8')).toContain('(/reference/bookshelf/list-books/)');
    const full = fs.readFileSync(path.join(outDir, 'llms-full.txt'), 'utf8');
    expect(full).toContain('Source: /reference/bookshelf/list-books/');
    expect(full).toMatch(/GET \/books/);
  });
});
