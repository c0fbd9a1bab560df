import { createSearchLoader, type SearchLoader } from '@/lib/search/search-loader';
import type { SearchWorkerMessage, SearchWorkerRequest } from './search-worker-protocol';

// Loading, decoding and querying the index run here, so typing never waits on them: the page only renders results.
interface WorkerScope {
  postMessage(message: SearchWorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchWorkerRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;
let loader: SearchLoader | undefined;

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'load') {
    loader ??= createSearchLoader(data.searchUrl, (state) => scope.postMessage({ type: 'state', state }));
    loader.start();
    return;
  }
  const started = performance.now();
  const answer = loader?.search(data.query, data.options) ?? { results: [], matchedTerms: [] };
  scope.postMessage({ type: 'answer', id: data.id, answer, elapsedMs: performance.now() - started });
});
