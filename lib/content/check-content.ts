import type { ApiModel } from '../openapi/types';
import { checkGuides } from './check-guides';
import { collectLinkTargets } from './collect-link-targets';
import { ContentError } from './content-error';
import { GuideCache } from './guide-cache';
import { defaultCacheDir, loadConfiguredApi } from './load-api-models';
import { loadSite } from './site';

export interface ContentReport {
  /** Problems that stop the build (a broken config; broken links in guides unless `links.onBroken` is `"warn"`). */
  fatal: string[];
  /** Problems the portal renders around (a broken guide or spec), shown on their pages too. */
  errors: string[];
  warnings: number;
  /** Warnings to print (a guide moved to another URL because its own was taken). */
  notices: string[];
}

/**
 * Checks a content folder before the build: the config must be valid; broken guides
 * and specs are reported loudly but do not take the other pages down. Loading the
 * specs here also fills the parse cache that the build workers then read.
 */
export async function checkContent(contentDir: string): Promise<ContentReport> {
  let site;
  try {
    site = loadSite(contentDir);
  } catch (error) {
    if (error instanceof ContentError) return { fatal: [error.message], errors: [], warnings: 0, notices: [] };
    throw error;
  }
  const errors = site.guides.filter((guide) => guide.problem).map((guide) => guide.problem!);
  const notices = [...site.guides.filter((guide) => guide.warning).map((guide) => guide.warning!), ...site.guideTree.problems];
  let warnings = 0;
  const models = new Map<string, ApiModel | undefined>();
  for (const entry of site.apis) {
    // Runs before every build: load afresh so the workers read models made by this version of the loader.
    const loaded = await loadConfiguredApi(entry, { refresh: true });
    models.set(entry.id, loaded.model);
    for (const problem of loaded.problems) {
      if (problem.severity === 'warning') {
        warnings++;
        continue;
      }
      errors.push(`${problem.file}${problem.line ? `:${problem.line}` : ''} ${problem.pointer}: ${problem.message}${problem.hint ? ` (${problem.hint})` : ''}`);
    }
  }
  // The build workers read the compiled guides from this cache instead of compiling them again.
  const cache = new GuideCache(defaultCacheDir());
  const guides = await checkGuides(site.guides, collectLinkTargets(contentDir, site.guides, models, cache), cache);
  errors.push(...guides.compileErrors);
  const brokenLinksWarn = site.config.links?.onBroken === 'warn';
  return {
    fatal: brokenLinksWarn ? [] : guides.brokenLinks,
    errors,
    warnings,
    notices: brokenLinksWarn ? [...notices, ...guides.brokenLinks] : notices,
  };
}
