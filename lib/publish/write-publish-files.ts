import fs from 'node:fs';
import path from 'node:path';
import type { LoadedApi } from '../content/load-api-models';
import type { Site } from '../content/site';
import { buildRefDocument } from '../openapi/ref-document';
import { guideHref, markdownHref, operationHref, schemaHref } from '../site/hrefs';
import { buildPageRegistry, type PageEntry } from '../site/page-registry';
import { renderGuideMarkdown } from './render-guide-markdown';
import { llmsFullHeader, llmsFullSection, renderLlmsFull, renderLlmsTxt } from './render-llms-txt';
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
  const twins = [...renderTwins(site, apis, pages, location, options.onlyTwinOf)];
  const files = new Map<string, string>();
  if (options.onlyTwinOf !== undefined) return { pages, twins, files };
  for (const [name, text] of publishedFiles(site, pages, location)) files.set(name, text);
  files.set('llms-full.txt', renderLlmsFull(site.config, twins, location));
  return { pages, twins, files };
}

/** robots.txt, sitemap.xml (with siteUrl) and llms.txt. */
function publishedFiles(site: Site, pages: PageEntry[], location: PublishLocation): [string, string][] {
  const files: [string, string | undefined][] = [
    ['robots.txt', renderRobots(location)],
    ['sitemap.xml', renderSitemap(pages, location)],
    ['llms.txt', renderLlmsTxt(site.config, pages, location)],
  ];
  return files.filter((file): file is [string, string] => file[1] !== undefined);
}

/**
 * The Markdown of guides and operations, one page at a time: a Graph-shaped API of 10,000
 * operations has gigabytes of it, which the build writes out as it goes instead of holding.
 */
function* renderTwins(site: Site, apis: readonly LoadedApi[], pages: PageEntry[], location: PublishLocation, onlyTwinOf?: string): Generator<{ page: PageEntry; markdown: string }> {
  const refDocuments = new Map<string, Record<string, unknown>>();
  const guidesByHref = new Map(site.guides.map((guide) => [guideHref(guide.slug), guide]));
  const operationsByHref = new Map(
    apis.flatMap((api) => (api.model?.operations ?? []).map((operation) => [operationHref(api.entry.id, operation), { api, operation }] as const)),
  );
  for (const page of pages) {
    // Operations without a twin file (publish.operationTwins: false) still go into llms-full.txt.
    if (!page.hasMarkdown && page.section !== 'operation') continue;
    if (onlyTwinOf !== undefined && page.href !== onlyTwinOf) continue;
    const guide = guidesByHref.get(page.href);
    if (guide) yield { page, markdown: renderGuideMarkdown(guide) };
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
    yield { page, markdown };
  }
}

/**
 * After `next build`: the Markdown twins of guides and operations (`<page>.md`), `llms.txt`,
 * `llms-full.txt`, `robots.txt` and (with `siteUrl`) `sitemap.xml`, all from one page registry.
 * Written here rather than by Next routes so that no page's data enters the React payload and
 * the twins cost one file each, with no route per page.
 */
export function writePublishFiles(outDir: string, site: Site, apis: readonly LoadedApi[], location: PublishLocation): PublishStats {
  const pages = pageRegistryOf(site, apis);
  const stats: PublishStats = { twins: 0, twinBytes: 0, files: [], fullBytes: 0 };
  // llms-full.txt is appended to twin by twin, so no more than one twin is in memory at a time.
  const fullFile = path.join(outDir, 'llms-full.txt');
  fs.mkdirSync(outDir, { recursive: true });
  const full = fs.openSync(fullFile, 'w');
  try {
    stats.fullBytes += fs.writeSync(full, llmsFullHeader(site.config));
    for (const { page, markdown } of renderTwins(site, apis, pages, location)) {
      stats.fullBytes += fs.writeSync(full, llmsFullSection(page, markdown, location));
      if (!page.hasMarkdown) continue;
      stats.twins += 1;
      stats.twinBytes += writeInside(outDir, markdownHref(page.href), markdown);
    }
  } finally {
    fs.closeSync(full);
  }
  for (const [name, text] of publishedFiles(site, pages, location)) {
    writeInside(outDir, `/${name}`, text);
    stats.files.push(name);
  }
  stats.files.push('llms-full.txt');
  return stats;
}
