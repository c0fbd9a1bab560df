import fs from 'node:fs';
import path from 'node:path';
import type { LoadedApi } from '../content/load-api-models';
import type { Site } from '../content/site';
import { schemaHref } from '../reference/build-api-nav';
import { buildRefDocument } from '../tryit/build-ref-document';
import { buildPageRegistry, markdownHref, type PageEntry } from '../site/page-registry';
import { renderGuideMarkdown } from './render-guide-markdown';
import { renderLlmsFull, renderLlmsTxt } from './render-llms-txt';
import { renderOperationMarkdown } from './render-operation-markdown';
import { renderRobots, renderSitemap } from './render-sitemap';
import { publicUrl, type PublishLocation } from './site-url';

export interface PublishStats {
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

/**
 * After `next build`: the Markdown twins of guides and operations (`<page>.md`), `llms.txt`,
 * `llms-full.txt`, `robots.txt` and (with `siteUrl`) `sitemap.xml`, all from one page registry.
 * Written here rather than by Next routes so that no page's data enters the React payload and
 * the twins cost one file each, with no route per page.
 */
export function writePublishFiles(outDir: string, site: Site, apis: readonly LoadedApi[], location: PublishLocation): PublishStats {
  const pages = pageRegistryOf(site, apis);
  const refDocuments = new Map<string, Record<string, unknown>>();
  const twins: { page: PageEntry; markdown: string }[] = [];
  const guidesByHref = new Map(site.guides.map((guide) => [`/docs/${guide.slug.join('/')}/`, guide]));
  const operationsByHref = new Map(
    apis.flatMap((api) => (api.model?.operations ?? []).map((operation) => [`/reference/${api.entry.id}/${operation.slug}/` as string, { api, operation }] as const)),
  );

  for (const page of pages) {
    if (!page.hasMarkdown) continue;
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

  let twinBytes = 0;
  for (const twin of twins) twinBytes += writeInside(outDir, markdownHref(twin.page.href), twin.markdown);
  const files: string[] = [];
  const write = (name: string, text: string | undefined) => {
    if (text === undefined) return 0;
    files.push(name);
    return writeInside(outDir, `/${name}`, text);
  };
  write('robots.txt', renderRobots(location));
  write('sitemap.xml', renderSitemap(pages, location));
  write('llms.txt', renderLlmsTxt(site.config, pages, location));
  const fullBytes = write('llms-full.txt', renderLlmsFull(site.config, twins, location));
  return { twins: twins.length, twinBytes, files, fullBytes };
}
