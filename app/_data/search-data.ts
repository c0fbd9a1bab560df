import 'server-only';
import type { Site } from '@/lib/content/site';
import { buildSearchFiles, searchFileNames, type SearchFiles } from '@/lib/search/build-search-files';
import { MANIFEST_FILE } from '@/lib/search/search-manifest';
import { getApi, getSite, oncePerBuild } from './site-data';

const searchableApis = (site: Site) => Promise.all(site.apis.map(async (entry) => ({ id: entry.id, title: entry.title, model: (await getApi(entry.id))?.model })));

// The manifest and every file come from one pass, once per build worker.
const searchFilesOf = oncePerBuild(async (site: Site): Promise<SearchFiles> => buildSearchFiles(site.guides, await searchableApis(site)));

/** The search index files of this build. */
export function getSearchFiles(): Promise<SearchFiles> {
  return searchFilesOf(getSite());
}

/** The routes: listing them needs only the files' names, not the index. */
export async function searchFileParams(): Promise<{ file: string }[]> {
  const site = getSite();
  const names = searchFileNames(site.guides, await searchableApis(site));
  return [{ file: MANIFEST_FILE }, ...names.map((file) => ({ file }))];
}
