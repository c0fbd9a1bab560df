import { getContentDir } from './content-dir';
import path from 'node:path';
import { buildGuideTree, type GuideTree } from './build-guide-tree';
import { readGuideMetas } from './guide-meta';
import { listGuides, type Guide } from './guides';
import { readPortalConfig, resolveApiEntries, type ApiEntry, type PortalConfig } from './portal-config';

export interface Site {
  contentDir: string;
  config: PortalConfig;
  guides: Guide[];
  /** The guides' navigation (folders, `_meta.json` order), shared by the sidebar, previous/next and breadcrumbs. */
  guideTree: GuideTree;
  apis: ApiEntry[];
}

/** Everything the pages need to know about the content folder. Throws a ContentError for a broken config. */
export function loadSite(contentDir: string = getContentDir()): Site {
  const config = readPortalConfig(contentDir);
  const guides = listGuides(contentDir);
  const guideTree = buildGuideTree(guides, readGuideMetas(path.join(contentDir, 'docs')));
  return { contentDir, config, guides, guideTree, apis: resolveApiEntries(config, contentDir) };
}
