import type { SearchShard } from './build-search-shard';
import { createSearchIndex, type SearchAnswer, type SearchOptions } from './create-search-index';
import { MANIFEST_FILE, type SearchFileEntry, type SearchManifest } from './search-manifest';

/** What the dialog shows about loading; plain data, so it can cross from a worker. */
export interface SearchLoadState {
  scopes: SearchManifest['scopes'];
  /** The files that answer first are in; results can show. */
  ready: boolean;
  /** Files added so far, out of `total`: a new search runs as each arrives. */
  loaded: number;
  total: number;
  failure?: string;
}

export const INITIAL_SEARCH_STATE: SearchLoadState = { scopes: [], ready: false, loaded: 0, total: 0 };

export interface SearchLoader {
  /** Starts loading (once; again after a failure). */
  start(): void;
  search(query: string, options?: SearchOptions): SearchAnswer;
}

async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Fetches the index files under `searchUrl` (the site's `/search/`, with BASE_PATH) into one index
 * and reports progress. Runs in the search worker, or on the page where workers are unavailable.
 */
export function createSearchLoader(searchUrl: string, onChange: (state: SearchLoadState) => void): SearchLoader {
  let index = createSearchIndex();
  let state = INITIAL_SEARCH_STATE;
  let loading: Promise<void> | undefined;
  const update = (change: Partial<SearchLoadState>) => {
    state = { ...state, ...change };
    onChange(state);
  };

  async function load(): Promise<void> {
    // The manifest is revalidated on every page load, so a redeploy's new hashes reach readers
    // whose browsers still hold the old files; the files, named by hash, never need to be.
    const manifest = await fetchJson<SearchManifest>(`${searchUrl}${MANIFEST_FILE}`, { cache: 'no-cache' });
    index = createSearchIndex();
    update({ scopes: manifest.scopes, total: manifest.files.length, loaded: 0, ready: false, failure: undefined });
    const add = async (entry: SearchFileEntry) => {
      index.addShard(await fetchJson<SearchShard>(`${searchUrl}${entry.file}?v=${entry.hash}`));
      update({ loaded: state.loaded + 1 });
    };
    await Promise.all(manifest.files.filter((entry) => entry.load === 'first').map(add));
    update({ ready: true });
    // The rest (schemas, properties, big APIs' later operations) one file at a time, so each parse stays short.
    for (const entry of manifest.files.filter((entry) => entry.load === 'later')) await add(entry);
  }

  return {
    start() {
      loading ??= load().catch((error: unknown) => {
        loading = undefined;
        update({ failure: error instanceof Error ? error.message : String(error) });
      });
    },
    search: (query, options) => (state.ready ? index.search(query, options) : { results: [], matchedTerms: [] }),
  };
}
