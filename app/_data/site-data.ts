import 'server-only';
import { loadConfiguredApi, type LoadedApi } from '@/lib/content/load-api-models';
import { loadSite, type Site } from '@/lib/content/site';
import { collectLinkTargets } from '@/lib/content/collect-link-targets';
import type { LinkTargets } from '@/lib/mdx/link-targets';

/**
 * Memoizes a loader for the life of a build worker: content does not change during
 * `next build`, and a worker renders hundreds of pages, so the content folder and each
 * spec are read once per worker instead of once per page. `next dev` reloads every time.
 */
export function oncePerBuild<Key, Value>(load: (key: Key) => Value): (key: Key) => Value {
  const values = new Map<Key, Value>();
  return (key) => {
    if (process.env.NODE_ENV !== 'production') return load(key);
    if (!values.has(key)) values.set(key, load(key));
    return values.get(key)!;
  };
}

const loadSiteOnce = oncePerBuild((contentDir: string | undefined) => loadSite(contentDir));

/** The content folder: config, guides and API entries. */
export function getSite(): Site {
  return loadSiteOnce(undefined);
}

/** One configured API's model (from the on-disk cache after the pre-build check parsed it). */
export const getApi = oncePerBuild(async (apiId: string): Promise<LoadedApi | undefined> => {
  const entry = getSite().apis.find((api) => api.id === apiId);
  return entry ? loadConfiguredApi(entry) : undefined;
});

/** What guides may link to (guides, headings, each API's pages, content files), for the link check and rewriting. */
export const getLinkTargets = oncePerBuild(async (): Promise<LinkTargets> => {
  const site = getSite();
  const models = new Map(await Promise.all(site.apis.map(async (entry) => [entry.id, (await getApi(entry.id))?.model] as const)));
  return collectLinkTargets(site.contentDir, site.guides, models);
});
