import 'server-only';
import { getSite } from './site-data';
import { listNavSections } from '@/lib/reference/build-api-nav';
import { buildConsoleData, isLargeConsoleData } from '@/lib/tryit/console-data';
import { getReferenceApi, type ReferenceApi } from './reference-data';
import { apiPages, paramsOf, type PageEntry } from '@/lib/site/page-registry';
import { navDataFile, PLACEHOLDER_PARAM } from '@/lib/site/hrefs';

// A route with nothing to list (no APIs, no webhooks...) gets PLACEHOLDER_PARAM: see lib/site/hrefs.ts.

async function renderableApis(): Promise<ReferenceApi[]> {
  const apis = await Promise.all(getSite().apis.map((entry) => getReferenceApi(entry.id)));
  return apis.filter((api): api is ReferenceApi => Boolean(api?.model));
}

function orPlaceholder<T>(list: T[], placeholder: T): T[] {
  return list.length > 0 ? list : [placeholder];
}

export function apiIdParams(): { apiId: string }[] {
  return orPlaceholder(
    getSite().apis.map((entry) => ({ apiId: entry.id })),
    { apiId: PLACEHOLDER_PARAM },
  );
}

export async function renderableApiIdParams(): Promise<{ apiId: string }[]> {
  return orPlaceholder((await renderableApis()).map((api) => ({ apiId: api.id })), { apiId: PLACEHOLDER_PARAM });
}

/** Sibling routes of the operation pages (`/reference/<api>/nav/<section>.json`, `.../console/<slug>.json`): an operation slugged so would be shadowed. */
const DATA_SEGMENTS = ['nav', 'console'];

const lastRenderedParams = new Map<string, unknown[]>();

const pagesByApi = new WeakMap<ReferenceApi, PageEntry[]>();

/** An API's pages as the page registry lists them (the sitemap, llms.txt and the link check read the same list). */
function registryPagesOf(api: ReferenceApi): PageEntry[] {
  let pages = pagesByApi.get(api);
  if (!pages) pagesByApi.set(api, (pages = apiPages({ id: api.id, title: api.title, model: api.model })));
  return pages;
}

/**
 * The pages of each renderable API. Under `next dev` an API whose spec stops loading (a bad save)
 * keeps the pages it last had, so they show the spec's problems (brokenSpecOrNotFound) instead of
 * failing as pages missing from generateStaticParams; a build only ever lists what renders.
 */
async function pagesOfApis<T>(route: string, pagesOf: (api: ReferenceApi) => T[], placeholder: T): Promise<T[]> {
  const dev = process.env.NODE_ENV !== 'production';
  const apis = await Promise.all(getSite().apis.map((entry) => getReferenceApi(entry.id)));
  const params: T[] = [];
  for (const api of apis) {
    if (!api) continue;
    const key = `${route}\0${api.id}`;
    if (api.model) {
      const pages = pagesOf(api);
      if (dev) lastRenderedParams.set(key, pages);
      params.push(...pages);
    } else if (dev) params.push(...((lastRenderedParams.get(key) as T[] | undefined) ?? []));
  }
  return orPlaceholder(params, placeholder);
}

export async function operationParams(): Promise<{ apiId: string; slug: string }[]> {
  return pagesOfApis(
    'operation',
    (api) => {
      for (const segment of DATA_SEGMENTS) {
        if (api.operationsBySlug.has(segment)) console.warn(`Portico: API "${api.id}" has an operation with the slug "${segment}", which a data route shadows; give it another operationId.`);
      }
      return paramsOf(registryPagesOf(api), 'operation');
    },
    { apiId: PLACEHOLDER_PARAM, slug: PLACEHOLDER_PARAM },
  );
}

/** The operations whose console data is too large to travel in their page (see lib/tryit/console-data). */
export async function consoleFileParams(): Promise<{ apiId: string; file: string }[]> {
  return pagesOfApis(
    'console',
    (api) =>
      api.model!.operations
        .filter((op) => op.kind === 'operation' && isLargeConsoleData(buildConsoleData(api.model!, op)))
        .map((op) => ({ apiId: api.id, file: `${op.slug}.json` })),
    { apiId: PLACEHOLDER_PARAM, file: `${PLACEHOLDER_PARAM}.json` },
  );
}

export async function webhookParams(): Promise<{ apiId: string; name: string }[]> {
  return pagesOfApis('webhook', (api) => paramsOf(registryPagesOf(api), 'webhook'), { apiId: PLACEHOLDER_PARAM, name: PLACEHOLDER_PARAM });
}

export async function schemaParams(): Promise<{ apiId: string; name: string }[]> {
  return pagesOfApis('schema', (api) => paramsOf(registryPagesOf(api), 'schema'), { apiId: PLACEHOLDER_PARAM, name: PLACEHOLDER_PARAM });
}

export async function navFileParams(): Promise<{ apiId: string; file: string }[]> {
  const apis = await renderableApis();
  return orPlaceholder(
    apis.flatMap((api) => listNavSections(api.nav!).map((section) => ({ apiId: api.id, file: navDataFile(section.id) }))),
    { apiId: PLACEHOLDER_PARAM, file: `${PLACEHOLDER_PARAM}.json` },
  );
}

/** Params arrive percent-encoded in some Next versions and decoded in others. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
