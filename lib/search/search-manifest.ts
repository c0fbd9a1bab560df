// What the browser reads first: kept apart from the builder so the dialog's bundle has no build-time code.

/** Where the index files live under the site root (and BASE_PATH). */
export const SEARCH_DIR = 'search';
export const MANIFEST_FILE = 'manifest.json';

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
  /** What the dialog's scope filter offers: each API, and the guides when there are any. */
  scopes: { id: string; title: string }[];
  files: SearchFileEntry[];
}
