/** What guides may link to, collected once per build (see `collectLinkTargets` in lib/content). */
export interface ApiLinkTargets {
  /** operationId → page slug (`listBooks` → `list-books`). */
  operations: Map<string, string>;
  /** Schema name → page slug. */
  schemas: Map<string, string>;
  /** Webhook name → page slug. */
  webhooks: Map<string, string>;
  /** Every page URL of the API (`/reference/bookshelf/list-books/`), for plain path links. */
  pages: Set<string>;
}

export interface LinkTargets {
  /** Guide URL (`/docs/guides/webhooks/`) → the ids of its headings. */
  guides: Map<string, Set<string>>;
  /** Guide file under `docs/` (`guides/webhooks.mdx`) → its URL, for `./webhooks.mdx` links. */
  guideFiles: Map<string, string>;
  apis: Map<string, ApiLinkTargets>;
  /** Tells whether a file exists under the content folder (`docs/guides/flow.png`, `public/logo.svg`) and its size, for images. */
  readAsset: (contentPath: string) => Uint8Array | undefined;
  /** Changes whenever anything above may have (a page, a heading, a file): lets a compiled guide be cached. */
  fingerprint?: string;
}

/** URL prefix of the route that serves content files (guide-relative images, the content's `public/`). */
export const CONTENT_ASSET_PREFIX = '/content-assets/';
