import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadApiDetailed } from './load-api';
import type { LoadResult } from './types';

/** Bump when the shape of `LoadResult` or the loader's output changes, so old entries are ignored. */
const CACHE_FORMAT = 'portico-openapi-4';

export interface CacheOptions {
  /** @default `node_modules/.cache/portico` under `process.cwd()` */
  cacheDir?: string;
  /** Load afresh and overwrite the entry: the pre-build check does, so that a changed loader never serves the build an old model. */
  refresh?: boolean;
  /** Folders besides the entry's own that `$ref`s may read from (see `loadApiDetailed`); part of the key. */
  refRoots?: readonly string[];
}

interface Manifest {
  format: string;
  entry: string;
  /** The `refRoots` the entry was loaded with: another set may refuse or allow other refs. */
  roots: string[];
  files: { path: string; hash: string }[];
  key: string;
}

const MISSING = 'missing';

function hashText(text: string | undefined): string {
  return text === undefined ? MISSING : createHash('sha256').update(text).digest('hex');
}

function cacheKey(roots: string[], files: Manifest['files']): string {
  const hash = createHash('sha256').update(CACHE_FORMAT);
  for (const root of roots) hash.update(`\0root\0${root}`);
  for (const f of files) hash.update(`\0${f.path}\0${f.hash}`);
  return hash.digest('hex');
}

async function currentHash(file: string): Promise<string> {
  try {
    return hashText(await readFile(file, 'utf8'));
  } catch {
    return MISSING;
  }
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Write-then-rename, so a build worker never reads another worker's half-written entry. */
async function writeAtomic(file: string, data: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

/**
 * `loadApi` with an on-disk cache, so that build workers in separate processes
 * parse each spec once per build. The entry's manifest lists every file the spec
 * read with a content hash; a hit needs all of them unchanged (a changed, added
 * or deleted referenced file is a miss). Cache I/O failures fall back to loading.
 * The key covers the spec's files, not Portico's code: `refresh` is how a build
 * makes sure the entries come from the loader it runs.
 */
export async function loadApiCached(entryPath: string, options: CacheOptions = {}): Promise<LoadResult & { cached: boolean }> {
  const dir = path.join(options.cacheDir ?? path.join(process.cwd(), 'node_modules', '.cache', 'portico'), 'openapi');
  const entry = path.resolve(entryPath);
  const manifestFile = path.join(dir, `${createHash('sha256').update(entry).digest('hex').slice(0, 32)}.manifest.json`);

  const roots = (options.refRoots ?? []).map((root) => path.resolve(root));
  const manifest = options.refresh ? undefined : await readJson<Manifest>(manifestFile);
  if (manifest?.format === CACHE_FORMAT && manifest.entry === entry && JSON.stringify(manifest.roots) === JSON.stringify(roots)) {
    const hashes = await Promise.all(manifest.files.map((f) => currentHash(f.path)));
    if (hashes.every((h, i) => h === manifest.files[i].hash)) {
      const hit = await readJson<LoadResult>(path.join(dir, `${manifest.key}.json`));
      if (hit) return { ...hit, cached: true };
    }
  }

  const { result, files } = await loadApiDetailed(entry, { refRoots: roots });
  const listed = files.map((f) => ({ path: f.path, hash: hashText(f.text) }));
  const fresh: Manifest = { format: CACHE_FORMAT, entry, roots, files: listed, key: cacheKey(roots, listed) };
  try {
    await mkdir(dir, { recursive: true });
    await writeAtomic(path.join(dir, `${fresh.key}.json`), JSON.stringify(result));
    await writeAtomic(manifestFile, JSON.stringify(fresh));
  } catch {
    // A read-only or full disk only costs speed.
  }
  return { ...result, cached: false };
}
