import { Document, type DocumentData } from 'flexsearch';
import type { SearchDocument } from './search-document';

export interface SearchIndex {
  search(query: string, limit?: number): SearchDocument[];
}

/**
 * A flexsearch index over the site's pages. Titles and paths rank above body text:
 * results are merged field by field in that order.
 */
export function createSearchIndex(documents: SearchDocument[]): SearchIndex {
  const index = new Document<DocumentData>({
    tokenize: 'forward',
    cache: 100,
    document: { id: 'id', index: ['title', 'path', 'text'] },
  });
  const byId = new Map<number, SearchDocument>();
  for (const document of documents) {
    byId.set(document.id, document);
    // Only the fields we search go into the index; results map back by id.
    index.add({ id: document.id, title: document.title, path: document.path ?? '', text: document.text });
  }
  return {
    search(query, limit = 20) {
      const trimmed = query.trim();
      if (!trimmed) return [];
      const seen = new Set<number>();
      const results: SearchDocument[] = [];
      for (const field of index.search(trimmed, { limit })) {
        for (const id of field.result) {
          const document = byId.get(Number(id));
          if (!document || seen.has(document.id)) continue;
          seen.add(document.id);
          results.push(document);
        }
      }
      return results.slice(0, limit);
    },
  };
}
