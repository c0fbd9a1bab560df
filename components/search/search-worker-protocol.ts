import type { SearchAnswer, SearchOptions } from '@/lib/search/create-search-index';
import type { SearchLoadState } from '@/lib/search/search-loader';

/** Page -> search worker. `searchUrl` is absolute, with BASE_PATH. */
export type SearchWorkerRequest = { type: 'load'; searchUrl: string } | { type: 'search'; id: number; query: string; options: SearchOptions };

/** Search worker -> page. `elapsedMs` is the query's time in the worker (the bench reads it). */
export type SearchWorkerMessage = { type: 'state'; state: SearchLoadState } | { type: 'answer'; id: number; answer: SearchAnswer; elapsedMs: number };
