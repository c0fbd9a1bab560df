import type { ApiModel, Operation } from '../openapi/types';
import { apiOverviewHref, explorerHref, operationHref, schemaHref } from '../site/hrefs';

/** One API of a version group, as the switcher needs it. */
export interface ApiVersion {
  id: string;
  /** The label the reader picks, e.g. `v2`. */
  version: string;
  model?: Pick<ApiModel, 'operations' | 'webhooks' | 'schemaSlugs'>;
}

export interface VersionLink {
  apiId: string;
  version: string;
  href: string;
  current: boolean;
  /** False when the page has no counterpart in that version, so the link goes to its overview. */
  samePage: boolean;
}

type Page =
  | { kind: 'overview' }
  | { kind: 'explorer' }
  | { kind: 'operation' | 'webhook'; operation: Operation }
  | { kind: 'schema'; name: string };

/** Which page of `api` an href names (hrefs as built by build-api-nav, without the base path). */
function pageAt(api: ApiVersion, href: string): Page {
  if (href === explorerHref(api.id)) return { kind: 'explorer' };
  const model = api.model;
  if (!model) return { kind: 'overview' };
  const operation = [...model.operations, ...model.webhooks].find((op) => operationHref(api.id, op) === href);
  if (operation) return { kind: operation.kind === 'webhook' ? 'webhook' : 'operation', operation };
  const schema = Object.entries(model.schemaSlugs).find(([, slug]) => schemaHref(api.id, slug) === href);
  return schema ? { kind: 'schema', name: schema[0] } : { kind: 'overview' };
}

/**
 * The same operation in another version: by operationId when both have one (it survives a
 * path change), else by method and path (templated segments compared by position, so
 * `/pets/{id}` matches `/pets/{petId}`).
 */
function counterpart(page: Page, api: ApiVersion): string | undefined {
  const model = api.model;
  if (page.kind === 'explorer') return explorerHref(api.id);
  if (page.kind === 'overview' || !model) return undefined;
  if (page.kind === 'schema') {
    const slug = model.schemaSlugs[page.name];
    return slug === undefined ? undefined : schemaHref(api.id, slug);
  }
  const wanted = page.operation;
  const candidates = page.kind === 'webhook' ? model.webhooks : model.operations;
  const shape = (path: string) => path.replace(/\{[^}]*\}/g, '{}');
  const match =
    (wanted.operationId && candidates.find((op) => op.operationId === wanted.operationId)) ||
    candidates.find((op) => op.method === wanted.method && shape(op.path) === shape(wanted.path));
  return match ? operationHref(api.id, match) : undefined;
}

/** Links from the page at `currentHref` of API `currentId` to the same page in every version of its group. */
export function versionLinks(versions: readonly ApiVersion[], currentId: string, currentHref: string): VersionLink[] {
  const current = versions.find((api) => api.id === currentId);
  if (!current) return [];
  const page = pageAt(current, currentHref);
  return versions.map((api) => {
    if (api.id === currentId) return { apiId: api.id, version: api.version, href: currentHref, current: true, samePage: true };
    const href = counterpart(page, api);
    const overview = apiOverviewHref(api.id);
    return { apiId: api.id, version: api.version, href: href ?? overview, current: false, samePage: href !== undefined || page.kind === 'overview' };
  });
}
