import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { collectHeadingIds } from '../mdx/compile-mdx';
import type { ApiLinkTargets, LinkTargets } from '../mdx/link-targets';
import type { ApiModel } from '../openapi/types';
import type { GuideCache } from './guide-cache';
import type { Guide } from './guides';
import { fileStamp } from './stamp-cache';
import { guideHref } from '../site/hrefs';
import { apiPages } from '../site/page-registry';

/**
 * Resolves a path under the content folder to a file, refusing anything that climbs out of it
 * (`..`, a symlink) or touches a hidden file or folder (`.env`, `.git/`): guide files are published as they are.
 */
export function contentFile(contentDir: string, contentPath: string): string | undefined {
  const segments = contentPath.split('/');
  if (segments.some((segment) => segment === '' || segment === '..' || segment.startsWith('.'))) return undefined;
  try {
    // Real paths, so a symlink that leads out of the content folder is refused too.
    const root = fs.realpathSync(contentDir);
    const file = fs.realpathSync(path.join(root, ...segments));
    return file.startsWith(root + path.sep) && fs.statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function apiTargets(apiId: string, model: ApiModel): ApiLinkTargets {
  const operations = new Map<string, string>();
  const webhooks = new Map<string, string>();
  for (const operation of model.operations) if (operation.operationId) operations.set(operation.operationId, operation.slug);
  for (const webhook of model.webhooks) if (!webhooks.has(webhook.path)) webhooks.set(webhook.path, webhook.slug);
  const schemas = new Map(Object.entries(model.schemaSlugs));
  const pages = new Set(apiPages({ id: apiId, title: apiId, model }).map((page) => page.href));
  return { operations, schemas, webhooks, pages };
}

function fingerprintOf(contentDir: string, targets: LinkTargets): string {
  const hash = createHash('sha256');
  for (const [href, ids] of targets.guides) hash.update(`guide\0${href}\0${[...ids].join('\0')}\n`);
  for (const [file, href] of targets.guideFiles) hash.update(`file\0${file}\0${href}\n`);
  for (const [apiId, api] of targets.apis) hash.update(`api\0${apiId}\0${JSON.stringify([[...api.operations], [...api.schemas], [...api.webhooks], [...api.pages]])}\n`);
  // Images' sizes go into the compiled guide: any change to the files there is a new fingerprint.
  hash.update(fileStamp([path.join(contentDir, 'docs'), path.join(contentDir, 'public')]));
  return hash.digest('hex');
}

/**
 * Everything a guide may link to: guides and their headings, each API's operations, schemas and
 * webhooks, content files. With a `cache`, headings come from (and go to) the build's guide cache.
 */
export function collectLinkTargets(contentDir: string, guides: readonly Guide[], apis: ReadonlyMap<string, ApiModel | undefined>, cache?: GuideCache): LinkTargets {
  const targets: LinkTargets = {
    guides: new Map(guides.map((guide) => [guideHref(guide.slug), new Set(cache ? cache.headingIds(guide.body) : collectHeadingIds(guide.body))])),
    guideFiles: new Map(guides.map((guide) => [guide.docsPath, guideHref(guide.slug)])),
    apis: new Map(),
    readAsset: (contentPath) => {
      const file = contentFile(contentDir, contentPath);
      return file ? fs.readFileSync(file) : undefined;
    },
  };
  // An API whose spec does not load has no pages to link to; its own page says why.
  for (const [apiId, model] of apis) if (model) targets.apis.set(apiId, apiTargets(apiId, model));
  targets.fingerprint = fingerprintOf(contentDir, targets);
  return targets;
}

/** Files a guide can reference (everything under `docs/` but guides and `_meta.json`, and all of `public/`), as content paths. */
export function listContentAssets(contentDir: string): string[] {
  const found: string[] = [];
  for (const top of ['docs', 'public']) {
    const dir = path.join(contentDir, top);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || entry.name.endsWith('.mdx') || entry.name === '_meta.json') continue;
      const contentPath = path.relative(contentDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      if (contentFile(contentDir, contentPath)) found.push(contentPath);
    }
  }
  return found;
}
