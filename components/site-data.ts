import 'server-only';
import { cache } from 'react';
import { loadConfiguredApi, type LoadedApi } from '@/lib/content/load-api-models';
import { loadSite, type Site } from '@/lib/content/site';

/** The content folder, read once per render pass. */
export const getSite = cache((): Site => loadSite());

/** One configured API's model (from the on-disk cache after the first worker parsed it). */
export const getApi = cache(async (apiId: string): Promise<LoadedApi | undefined> => {
  const entry = getSite().apis.find((api) => api.id === apiId);
  return entry ? loadConfiguredApi(entry) : undefined;
});
