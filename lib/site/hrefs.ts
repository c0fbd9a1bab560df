import type { Operation } from '../openapi/types';

/*
 * Every URL of the portal, in one place. All are site-relative, without BASE_PATH (PageLink and
 * the publishers add it); pages end in a slash, as the static export writes them (`<page>/index.html`).
 */

export const homeHref = '/';

/**
 * The one param set a dynamic route with nothing to list gets (a static export needs one). API ids
 * and content asset paths cannot start with `_`, so no real page or file is named so; the build
 * removes what the placeholders leave in the export (lib/serve/prune-export.ts).
 */
export const PLACEHOLDER_PARAM = '_none';
/** Where placeholder route handlers' answers land in the export. */
export const PLACEHOLDER_OUTPUTS = [`/reference/${PLACEHOLDER_PARAM}/`, `/content-assets/${PLACEHOLDER_PARAM}`];

/** A guide: `/docs/a/b/`, `/docs/` for the root index (`docs/index.mdx`, slug `[]`). */
export function guideHref(slug: readonly string[]): string {
  return slug.length === 0 ? '/docs/' : `/docs/${slug.join('/')}/`;
}

export function apiOverviewHref(apiId: string): string {
  return `/reference/${apiId}/`;
}

/** An operation's page, or a webhook's (they share the Operation shape; `kind` tells them apart). */
export function operationHref(apiId: string, operation: Pick<Operation, 'kind' | 'slug'>): string {
  return operation.kind === 'webhook' ? webhookHref(apiId, operation.slug) : `/reference/${apiId}/${operation.slug}/`;
}

export function webhookHref(apiId: string, slug: string): string {
  return `/reference/${apiId}/webhooks/${slug}/`;
}

/** A schema page; `slug` comes from `model.schemaSlugs` (a name like `..` is no URL). */
export function schemaHref(apiId: string, slug: string): string {
  return `/reference/${apiId}/schemas/${encodeURIComponent(slug)}/`;
}

export function explorerHref(apiId: string): string {
  return `/reference/${apiId}/explorer/`;
}

/** The bundled spec, as published beside the overview. */
export function specFileHref(apiId: string, format: 'json' | 'yaml'): string {
  return `/reference/${apiId}/openapi.${format}`;
}

/** The links of one sidebar section, fetched when a long section is opened. */
export function navDataHref(apiId: string, sectionId: string): string {
  return `${navDataFolderHref(apiId)}${navDataFile(sectionId)}`;
}

/**
 * The folder of an API's section files, set once on the sidebar (`data-nav-base`); each lazy
 * section names only its file (`data-nav-url="tag-pets.json"`): 40 sections on every page of
 * a 1,000-operation API, so the repeated folder would cost ~1 MB of its output.
 */
export function navDataFolderHref(apiId: string): string {
  return `/reference/${apiId}/nav/`;
}

export function navDataFile(sectionId: string): string {
  return `${sectionId}.json`;
}

/** An operation's console data, when too large to travel in its page (see lib/tryit/console-data). */
export function consoleDataHref(apiId: string, slug: string): string {
  return `/reference/${apiId}/console/${slug}.json`;
}

/** `/reference/a/list-books/` -> `/reference/a/list-books.md`: the twin sits beside the page's folder. */
export function markdownHref(href: string): string {
  return `${href.replace(/\/+$/, '')}.md`;
}
