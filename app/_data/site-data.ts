import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { getContentDir } from '@/lib/content/content-dir';
import { CONFIG_FILE, parsePortalConfig, resolveApiEntries } from '@/lib/content/portal-config';
import { fileStamp, memoizeByStamp } from '@/lib/content/stamp-cache';
import { defaultCacheDir, loadConfiguredApi, type LoadedApi } from '@/lib/content/load-api-models';
import { GuideCache } from '@/lib/content/guide-cache';
import { loadSite, type Site } from '@/lib/content/site';
import { collectLinkTargets } from '@/lib/content/collect-link-targets';
import { gitCommitDates } from '@/lib/content/last-updated';
import type { LinkTargets } from '@/lib/mdx/link-targets';

/** The content folder and the folders of specs kept outside it: what `next dev` watches for changes. */
function watchedPaths(): string[] {
  const contentDir = getContentDir();
  try {
    const file = path.join(contentDir, CONFIG_FILE);
    const specDirs = resolveApiEntries(parsePortalConfig(fs.readFileSync(file, 'utf8'), file), contentDir).map((entry) => path.dirname(entry.specPath));
    return [contentDir, ...specDirs.filter((dir) => path.relative(contentDir, dir).startsWith('..'))];
  } catch {
    // A broken config is reported by the page that loads it; the content folder is still watched.
    return [contentDir];
  }
}

/**
 * Memoizes a loader for the life of a build worker: content does not change during
 * `next build`, and a worker renders hundreds of pages, so the content folder and each
 * spec are read once per worker instead of once per page. In `next dev` a value is kept
 * until a file under the content folder (or a spec's folder) is saved, added or removed,
 * so an edit shows on the next request without a restart.
 */
export function oncePerBuild<Key, Value>(load: (key: Key) => Value): (key: Key) => Value {
  if (process.env.NODE_ENV !== 'production') return memoizeByStamp(load, () => fileStamp(watchedPaths()));
  const values = new Map<Key, Value>();
  return (key) => {
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

/** Compiled guides and their anchors, shared with the content check that ran before the build. */
export const guideCache = new GuideCache(defaultCacheDir());

/** What guides may link to (guides, headings, each API's pages, content files), for the link check and rewriting. */
export const getLinkTargets = oncePerBuild(async (): Promise<LinkTargets> => {
  const site = getSite();
  const models = new Map(await Promise.all(site.apis.map(async (entry) => [entry.id, (await getApi(entry.id))?.model] as const)));
  return collectLinkTargets(site.contentDir, site.guides, models, guideCache);
});

/** The guides' last commit dates, from one `git log` per build worker (undefined outside a repository). */
export const getGuideCommitDates = oncePerBuild((): ReadonlyMap<string, string> | undefined => gitCommitDates(path.join(getSite().contentDir, 'docs')));
