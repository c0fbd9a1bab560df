import { createHash } from 'node:crypto';
import type { Guide } from '../content/guides';
import { buildSearchShard } from './build-search-shard';
import { collectApiDocuments, collectGuideDocuments, type SearchableApi } from './collect-search-documents';
import type { SearchDocument } from './search-document';

/** Where the index files live under the site root (and BASE_PATH). */
export const SEARCH_DIR = 'search';
export const MANIFEST_FILE = 'manifest.json';

/**
 * Hits per index file. GitHub's operations (1,223 with webhooks and the overview) fit in one
 * file of ~70 KB gzipped; a 10,000-operation API becomes several files instead of one
 * multi-megabyte one, and the first of them answers while the others load.
 */
export const MAX_HITS_PER_FILE = 2000;

export interface SearchFileEntry {
  file: string;
  /** Content hash, sent as `?v=` so a file can be cached for good and a redeploy still reaches readers. */
  hash: string;
  scope: string;
  /** `first` files load when search opens; `later` ones after the first results show. */
  load: 'first' | 'later';
  hits: number;
  bytes: number;
}

export interface SearchManifest {
  version: 1;
  files: SearchFileEntry[];
}

export interface SearchFiles {
  manifest: SearchManifest;
  /** File name -> JSON text. */
  contents: Map<string, string>;
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks.length > 0 ? chunks : [[]];
}

/**
 * The search index as static files: per API one group for the overview, operations and
 * webhooks (what most searches are for, loaded first) and one for schemas and properties
 * (the bulk on big specs, loaded after the first results), plus one for the guides.
 */
export function buildSearchFiles(guides: Guide[], apis: SearchableApi[]): SearchFiles {
  const groups: { name: string; scope: string; load: SearchFileEntry['load']; documents: SearchDocument[] }[] = [];
  groups.push({ name: 'guides', scope: 'guides', load: 'first', documents: collectGuideDocuments(guides) });
  for (const api of apis) {
    const documents = collectApiDocuments(api);
    const isSchemaPart = (document: SearchDocument) => document.kind === 'schema' || document.kind === 'property';
    groups.push({ name: `${api.id}.operations`, scope: api.id, load: 'first', documents: documents.filter((document) => !isSchemaPart(document)) });
    groups.push({ name: `${api.id}.schemas`, scope: api.id, load: 'later', documents: documents.filter(isSchemaPart) });
  }
  const files: SearchFileEntry[] = [];
  const contents = new Map<string, string>();
  for (const group of groups) {
    chunk(group.documents, MAX_HITS_PER_FILE).forEach((documents, index) => {
      if (documents.length === 0 && group.name !== 'guides') return;
      const file = `${group.name}.${index + 1}.json`;
      const json = JSON.stringify(buildSearchShard(documents));
      contents.set(file, json);
      const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
      // Only the first file of a big group is needed for a first answer.
      files.push({ file, hash, scope: group.scope, load: index === 0 ? group.load : 'later', hits: documents.length, bytes: Buffer.byteLength(json) });
    });
  }
  return { manifest: { version: 1, files }, contents };
}
