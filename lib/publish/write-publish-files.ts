import fs from 'node:fs';
import path from 'node:path';
import type { LoadedApi } from '../content/load-api-models';
import type { Site } from '../content/site';
import { buildRefDocument } from '../tryit/build-ref-document';
import { guideHref, markdownHref, operationHref, schemaHref } from '../site/hrefs';
import { buildPageRegistry, type PageEntry } from '../site/page-registry';
import { renderGuideMarkdown } from './render-guide-markdown';
import { renderLlmsFull, renderLlmsTxt } from './render-llms-txt';
import { renderOperationMarkdown } from './render-operation-markdown';
import { renderRobots, renderSitemap } from './render-sitemap';
import { publicUrl, type PublishLocation } from './site-url';

export interface PublishStats {
  /** `.md` files written (guides and, unless turned off, operations). */
  twins: number;
  twinBytes: number;
  /** Files written besides the twins: robots.txt, sitemap.xml, llms.txt, llms-full.txt. */
  files: string[];
  fullBytes: number;
}

function modifiedDate(file: string | undefined): string | undefined {
  try {
    return file ? fs.statSync(file).mtime.toISOString() : undefined;
  } catch {
    return undefined;
  }
}

/** The registry of a loaded site, with last-modified dates from the files' times. */
export function pageRegistryOf(site: Site, apis: readonly LoadedApi[]): PageEntry[] {
  return buildPageRegistry({
    title: site.config.title,
    description: site.config.description,
    guides: site.guides.map((guide) => ({ ...guide, lastModified: modifiedDate(guide.file) })),
    apis: apis.map((api) => ({ id: api.entry.id, title: api.entry.title, model: api.model, lastModified: modifiedDate(api.entry.specPath) })),
    operationTwins: site.config.publish?.operationTwins,
  });
}

/** Writes `file` under `outDir` unless it would land outside it (hrefs come from spec names). */
function writeInside(outDir: string, href: string, text: string): number {
  const file = path.resolve(outDir, `.${decodeURIComponent(href)}`);
  if (!file.startsWith(`${path.resolve(outDir)}${path.sep}`)) throw new Error(`Portico: refusing to write ${href} outside ${outDir}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return Buffer.byteLength(text);
}

export interface PublishedText {
  pages: PageEntry[];
  /** Guides and operations with their Markdown; `page.hasMarkdown` says whether it also gets a `.md` file. */
  twins: { page: PageEntry; markdown: string }[];
  /** robots.txt, sitemap.xml (with siteUrl), llms.txt, llms-full.txt, by file name. */
  files: Map<string, string>;
}

/**
 * The text `npm run build` publishes besides the pages, from one page registry. `next dev` serves
 * the same through `app/dev-publish` (see next.config.mjs), so what a reader sees in dev is what ships.
 * `onlyTwinOf` (a page href) renders that page's twin alone and no other file, for dev requests.
 */
export function renderPublishedText(site: Site, apis: readonly LoadedApi[], location: PublishLocation, options: { onlyTwinOf?: string } = {}): PublishedText {
  const pages = pageRegistryOf(site, apis);
  const refDocuments = new Map<string, Record<string, unknown>>();
  const twins: { page: PageEntry; markdown: string }[] = [];
  const guidesByHref = new Map(site.guides.map((guide) => [guideHref(guide.slug), guide]));
  const operationsByHref = new Map(
    apis.flatMap((api) => (api.model?.operations ?? []).map((operation) => [operationHref(api.entry.id, operation), { api, operation }] as const)),
  );

  for (const page of pages) {
    // Operations without a twin file (publish.operationTwins: false) still go into llms-full.txt.
    if (!page.hasMarkdown && page.section !== 'operation') continue;
    if (options.onlyTwinOf !== undefined && page.href !== options.onlyTwinOf) continue;
    const guide = guidesByHref.get(page.href);
    if (guide) twins.push({ page, markdown: renderGuideMarkdown(guide) });
    const found = operationsByHref.get(page.href);
    if (!found?.api.model) continue;
    const { api, operation } = found;
    const model = api.model!;
    if (!refDocuments.has(api.entry.id)) refDocuments.set(api.entry.id, buildRefDocument(model));
    const markdown = renderOperationMarkdown({
      apiTitle: api.entry.title,
      operation,
      model,
      refDocument: refDocuments.get(api.entry.id),
      schemaUrl: (name) => (model.schemaSlugs[name] ? publicUrl(schemaHref(api.entry.id, model.schemaSlugs[name]), location) : undefined),
    });
    twins.push({ page, markdown });
  }

  const files = new Map<string, string>();
  if (options.onlyTwinOf !== undefined) return { pages, twins, files };
  const add = (name: string, text: string | undefined) => text !== undefined && files.set(name, text);
  add('robots.txt', renderRobots(location));
  add('sitemap.xml', renderSitemap(pages, location));
  add('llms.txt', renderLlmsTxt(site.config, pages, location));
  add('llms-full.txt', renderLlmsFull(site.config, twins, location));
  return { pages, twins, files };
}

/**
 * After `next build`: the Markdown twins of guides and operations (`<page>.md`), `llms.txt`,
 * `llms-full.txt`, `robots.txt` and (with `siteUrl`) `sitemap.xml`, all from one page registry.
 * Written here rather than by Next routes so that no page's data enters the React payload and
 * the twins cost one file each, with no route per page.
 */
export function writePublishFiles(outDir: string, site: Site, apis: readonly LoadedApi[], location: PublishLocation): PublishStats {
  const published = renderPublishedText(site, apis, location);
  const twinFiles = published.twins.filter(({ page }) => page.hasMarkdown);
  let twinBytes = 0;
  for (const twin of twinFiles) twinBytes += writeInside(outDir, markdownHref(twin.page.href), twin.markdown);
  for (const [name, text] of published.files) writeInside(outDir, `/${name}`, text);
  const full = published.files.get('llms-full.txt');
  return { twins: twinFiles.length, twinBytes, files: [...published.files.keys()], fullBytes: full ? Buffer.byteLength(full) : 0 };
}
