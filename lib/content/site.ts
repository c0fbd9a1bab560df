import { getContentDir } from './content-dir';
import { listGuides, type Guide } from './guides';
import { readPortalConfig, resolveApiEntries, type ApiEntry, type PortalConfig } from './portal-config';

export interface Site {
  contentDir: string;
  config: PortalConfig;
  guides: Guide[];
  apis: ApiEntry[];
}

/** Everything the pages need to know about the content folder. Throws a ContentError for a broken config. */
export function loadSite(contentDir: string = getContentDir()): Site {
  const config = readPortalConfig(contentDir);
  return { contentDir, config, guides: listGuides(contentDir), apis: resolveApiEntries(config, contentDir) };
}
