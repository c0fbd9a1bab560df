import { BASE_PATH } from '@/components/base-path';
import type { SearchShard } from '@/lib/search/build-search-shard';
import { MANIFEST_FILE, SEARCH_DIR, type SearchFileEntry, type SearchManifest } from '@/lib/search/search-manifest';
import { createSearchIndex, type SearchIndex } from '@/lib/search/create-search-index';

export interface SearchIndexState {
  index: SearchIndex;
  scopes: SearchManifest['scopes'];
  /** The files that answer first are in; results can show. */
  ready: boolean;
  /** Files added so far, out of `total`: a new search runs as each arrives. */
  loaded: number;
  total: number;
  failure?: string;
}

// One index per page, shared by every opening of the dialog; the files themselves are cached by
// the browser across pages under their content hash.
let state: SearchIndexState = { index: createSearchIndex(), scopes: [], ready: false, loaded: 0, total: 0 };
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function update(change: Partial<SearchIndexState>) {
  state = { ...state, ...change };
  for (const listener of listeners) listener();
}

async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

async function load(): Promise<void> {
  // The manifest is revalidated on every page load, so a redeploy's new hashes reach readers
  // whose browsers still hold the old files; the files, named by hash, never need to be.
  const manifest = await fetchJson<SearchManifest>(`${BASE_PATH}/${SEARCH_DIR}/${MANIFEST_FILE}`, { cache: 'no-cache' });
  const index = createSearchIndex();
  update({ index, scopes: manifest.scopes, total: manifest.files.length, loaded: 0, ready: false, failure: undefined });
  const add = async (entry: SearchFileEntry) => {
    const shard = await fetchJson<SearchShard>(`${BASE_PATH}/${SEARCH_DIR}/${entry.file}?v=${entry.hash}`);
    index.addShard(shard);
    update({ loaded: state.loaded + 1 });
  };
  await Promise.all(manifest.files.filter((entry) => entry.load === 'first').map(add));
  update({ ready: true });
  // The rest (schemas, properties, big APIs' later operations) one file at a time, so each parse stays short.
  for (const entry of manifest.files.filter((entry) => entry.load === 'later')) await add(entry);
}

/** Starts loading the index (once per page; again after a failure). */
export function startLoadingSearchIndex(): void {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    update({ failure: error instanceof Error ? error.message : String(error) });
  });
}

export function subscribeToSearchIndex(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSearchIndexState(): SearchIndexState {
  return state;
}
