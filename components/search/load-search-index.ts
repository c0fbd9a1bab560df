import { BASE_PATH } from '@/components/base-path';
import type { SearchAnswer, SearchOptions } from '@/lib/search/create-search-index';
import type { SearchLoadState } from '@/lib/search/search-loader';
import { SEARCH_DIR } from '@/lib/search/search-manifest';
import type { SearchWorkerMessage, SearchWorkerRequest } from './search-worker-protocol';

export type SearchIndexState = SearchLoadState;

interface SearchBackend {
  start(): void;
  search(query: string, options: SearchOptions): Promise<SearchAnswer>;
}

// One index per page, shared by every opening of the dialog; the files themselves are cached by
// the browser across pages under their content hash.
let state: SearchIndexState = { scopes: [], ready: false, loaded: 0, total: 0 };
let backend: SearchBackend | undefined;
const listeners = new Set<() => void>();

function update(next: SearchIndexState) {
  state = next;
  for (const listener of listeners) listener();
}

const searchUrl = () => new URL(`${BASE_PATH}/${SEARCH_DIR}/`, location.href).href;

/** Where workers are unavailable: the same loader on the page, its code fetched only then. */
function pageBackend(): SearchBackend {
  const loader = import('@/lib/search/search-loader').then(({ createSearchLoader }) => createSearchLoader(searchUrl(), update));
  return {
    start: () => void loader.then((instance) => instance.start()),
    search: async (query, options) => (await loader).search(query, options),
  };
}

interface PendingSearch {
  query: string;
  options: SearchOptions;
  resolve: (answer: SearchAnswer) => void;
}

/** Loading, decoding and querying in a module worker (components/search/search.worker.ts). */
function workerBackend(): SearchBackend | undefined {
  if (typeof Worker === 'undefined') return undefined;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  const pending = new Map<number, PendingSearch>();
  let nextId = 0;
  let heard = false;
  let fallback: SearchBackend | undefined;
  const post = (request: SearchWorkerRequest) => worker.postMessage(request);
  worker.addEventListener('message', ({ data }: MessageEvent<SearchWorkerMessage>) => {
    heard = true;
    if (data.type === 'state') return update(data.state);
    pending.get(data.id)?.resolve(data.answer);
    pending.delete(data.id);
  });
  // A worker whose script cannot load (blocked by a policy, missing) fails before it says anything:
  // search on the page instead, answering what was asked meanwhile.
  worker.addEventListener('error', () => {
    if (heard || fallback) return;
    worker.terminate();
    fallback = pageBackend();
    fallback.start();
    for (const { query, options, resolve } of pending.values()) void fallback.search(query, options).then(resolve);
    pending.clear();
  });
  return {
    start: () => (fallback ? fallback.start() : post({ type: 'load', searchUrl: searchUrl() })),
    search(query, options) {
      if (fallback) return fallback.search(query, options);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { query, options, resolve });
        post({ type: 'search', id, query, options });
      });
    },
  };
}

/** Starts loading the index (once per page; again after a failure). */
export function startLoadingSearchIndex(): void {
  backend ??= workerBackend() ?? pageBackend();
  backend.start();
}

/** The answer to `query` from the index loaded so far (none before startLoadingSearchIndex). */
export function searchIndex(query: string, options: SearchOptions): Promise<SearchAnswer> {
  return backend ? backend.search(query, options) : Promise.resolve({ results: [], matchedTerms: [] });
}

export function subscribeToSearchIndex(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSearchIndexState(): SearchIndexState {
  return state;
}
