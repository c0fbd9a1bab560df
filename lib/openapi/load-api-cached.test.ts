import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadApiCached } from './load-api-cached';

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'portico-cache-'));
  await cp(path.join(import.meta.dirname, 'fixtures', 'multi'), path.join(work, 'spec'), { recursive: true });
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('loadApiCached', () => {
  it('parses once, then serves the same result from disk', async () => {
    const options = { cacheDir: path.join(work, 'cache') };
    const entry = path.join(work, 'spec', 'openapi.yaml');
    const first = await loadApiCached(entry, options);
    const second = await loadApiCached(entry, options);
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(second.model).toEqual(JSON.parse(JSON.stringify(first.model)));
    expect(second.problems).toEqual(first.problems);
  });

  it('keeps apart results loaded with other $ref roots (another root may allow or refuse other files)', async () => {
    const options = { cacheDir: path.join(work, 'cache') };
    const entry = path.join(work, 'spec', 'openapi.yaml');
    expect((await loadApiCached(entry, options)).cached).toBe(false);
    expect((await loadApiCached(entry, { ...options, refRoots: [work] })).cached).toBe(false);
    expect((await loadApiCached(entry, { ...options, refRoots: [work] })).cached).toBe(true);
  });

  it('loads afresh and rewrites the entry when asked to refresh (a build after a Portico upgrade)', async () => {
    const options = { cacheDir: path.join(work, 'cache') };
    const entry = path.join(work, 'spec', 'openapi.yaml');
    await loadApiCached(entry, options);
    const refreshed = await loadApiCached(entry, { ...options, refresh: true });
    expect(refreshed.cached).toBe(false);
    expect((await loadApiCached(entry, options)).cached).toBe(true);
  });

  it('is invalidated when a file referenced from another file changes', async () => {
    const options = { cacheDir: path.join(work, 'cache') };
    const entry = path.join(work, 'spec', 'openapi.yaml');
    await loadApiCached(entry, options);
    const owner = path.join(work, 'spec', 'schemas', 'owner.yaml');
    await writeFile(owner, (await readFile(owner, 'utf8')).replace('format: petname', 'format: uuid'));
    const after = await loadApiCached(entry, options);
    expect(after.cached).toBe(false);
    expect(after.problems).toEqual([]);
    expect((await loadApiCached(entry, options)).cached).toBe(true);
  });

  it('is invalidated when a referenced file disappears', async () => {
    const options = { cacheDir: path.join(work, 'cache') };
    const entry = path.join(work, 'spec', 'openapi.yaml');
    await loadApiCached(entry, options);
    await rm(path.join(work, 'spec', 'samples', 'list-pets-curl.yaml'));
    const after = await loadApiCached(entry, options);
    expect(after.cached).toBe(false);
    expect(after.problems[0]).toMatchObject({ code: 'file-not-found', file: path.join(work, 'spec', 'paths', 'pets.yaml') });
  });
});
