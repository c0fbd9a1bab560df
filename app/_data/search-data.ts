import 'server-only';
import type { Site } from '@/lib/content/site';
import { buildSearchFiles, type SearchFiles } from '@/lib/search/build-search-files';
import { MANIFEST_FILE } from '@/lib/search/search-manifest';
import { getApi, getSite, oncePerBuild } from './site-data';

// The manifest and every file come from one pass, once per build worker.
const searchFilesOf = oncePerBuild(async (site: Site): Promise<SearchFiles> => {
  const apis = await Promise.all(site.apis.map(async (entry) => ({ id: entry.id, title: entry.title, model: (await getApi(entry.id))?.model })));
  return buildSearchFiles(site.guides, apis);
});

/** The search index files of this build. */
export function getSearchFiles(): Promise<SearchFiles> {
  return searchFilesOf(getSite());
}

export async function searchFileParams(): Promise<{ file: string }[]> {
  const { manifest } = await getSearchFiles();
  return [{ file: MANIFEST_FILE }, ...manifest.files.map((entry) => ({ file: entry.file }))];
}
