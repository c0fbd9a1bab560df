import { createHash } from 'node:crypto';
import type { Guide } from '../content/guides';
import { buildSearchShard } from './build-search-shard';
import { collectApiDocuments, collectGuideDocuments, type SearchableApi } from './collect-search-documents';
import type { SearchDocument } from './search-document';
import type { SearchFileEntry, SearchManifest } from './search-manifest';

/**
 * Hits per index file. GitHub's operations (1,223 with webhooks and the overview) fit in one
 * file of ~78 KB gzipped; a 10,000-operation API becomes several files instead of one
 * multi-megabyte one, and the first of them answers while the others load.
 */
export const MAX_HITS_PER_FILE = 2000;

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

interface SearchFileChunk {
  file: string;
  scope: string;
  load: SearchFileEntry['load'];
  documents: SearchDocument[];
}

/**
 * The search index's files: per API one group for the overview, operations and webhooks (what
 * most searches are for, loaded first) and one for schemas and properties (the bulk on big specs,
 * loaded after the first results), plus one for the guides; each group in files of at most
 * MAX_HITS_PER_FILE hits.
 */
function searchFileChunks(guides: Guide[], apis: SearchableApi[]): SearchFileChunk[] {
  const groups: { name: string; scope: string; load: SearchFileEntry['load']; documents: SearchDocument[] }[] = [];
  groups.push({ name: 'guides', scope: 'guides', load: 'first', documents: collectGuideDocuments(guides) });
  for (const api of apis) {
    const documents = collectApiDocuments(api);
    const isSchemaPart = (document: SearchDocument) => document.kind === 'schema' || document.kind === 'property';
    groups.push({ name: `${api.id}.operations`, scope: api.id, load: 'first', documents: documents.filter((document) => !isSchemaPart(document)) });
    groups.push({ name: `${api.id}.schemas`, scope: api.id, load: 'later', documents: documents.filter(isSchemaPart) });
  }
  return groups.flatMap((group) =>
    chunk(group.documents, MAX_HITS_PER_FILE)
      .map((documents, index) => ({
        file: `${group.name}.${index + 1}.json`,
        scope: group.scope,
        // Only the first file of a big group is needed for a first answer.
        load: index === 0 ? group.load : ('later' as const),
        documents,
      }))
      .filter((entry) => entry.documents.length > 0 || group.name === 'guides'),
  );
}

/**
 * The names of the index files, without building them: what the build needs to list its routes.
 * Building the index took 27 s of a 10,000-operation build's route listing, and the pages build it anyway.
 */
export function searchFileNames(guides: Guide[], apis: SearchableApi[]): string[] {
  return searchFileChunks(guides, apis).map((entry) => entry.file);
}

/** The search index as static files (see searchFileChunks) with a manifest naming each by its content hash. */
export function buildSearchFiles(guides: Guide[], apis: SearchableApi[]): SearchFiles {
  const files: SearchFileEntry[] = [];
  const contents = new Map<string, string>();
  for (const { file, scope, load, documents } of searchFileChunks(guides, apis)) {
    const json = JSON.stringify(buildSearchShard(documents));
    contents.set(file, json);
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
    files.push({ file, hash, scope, load, hits: documents.length, bytes: Buffer.byteLength(json) });
  }
  const scopes = [...apis.map((api) => ({ id: api.id, title: api.title })), ...(guides.length > 0 ? [{ id: 'guides', title: 'Guides' }] : [])];
  return { manifest: { version: 1, scopes, files }, contents };
}
