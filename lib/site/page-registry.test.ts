import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadApi } from '../openapi';
import type { ApiModel } from '../openapi/types';
import { markdownHref } from './hrefs';
import { buildPageRegistry, hrefOf, paramsOf, type PageEntry, type PageSection } from './page-registry';

const SPEC = fileURLToPath(new URL('../../content/openapi/bookshelf.yaml', import.meta.url));
/** Webhooks and schemas whose names are no URL (`..`, `<script>`). */
const HOSTILE_SPEC = fileURLToPath(new URL('../../e2e/fixtures/content/openapi/xss.yaml', import.meta.url));
let model: ApiModel;
let hostile: ApiModel;
let pages: PageEntry[];

beforeAll(async () => {
  model = (await loadApi(SPEC)).model!;
  hostile = (await loadApi(HOSTILE_SPEC)).model!;
  pages = buildPageRegistry({
    title: 'Portal',
    description: 'All of it. More text.',
    guides: [
      { slug: ['getting-started'], title: 'Getting started', description: 'Run the *demo*.', lastModified: '2026-12-01T10:00:00.000Z' },
      { slug: ['broken'], title: 'broken', problem: 'bad frontmatter' },
    ],
    apis: [
      { id: 'bookshelf', title: 'Bookshelf API', model, lastModified: '2026-11-30T00:00:00.000Z' },
      { id: 'xss', title: 'Hostile API', model: hostile },
      { id: 'down', title: 'Broken API' },
    ],
  });
});

describe('buildPageRegistry', () => {
  it('lists every page once, with the URLs the routes serve', () => {
    const hrefs = pages.map((page) => page.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(hrefs.slice(0, 4)).toEqual(['/', '/docs/getting-started/', '/docs/broken/', '/reference/bookshelf/']);
    expect(hrefs).toContain('/reference/bookshelf/list-books/');
    expect(hrefs).toContain('/reference/bookshelf/explorer/');
    expect(hrefs).toContain('/reference/down/');
    expect(hrefs.filter((href) => href.startsWith('/reference/down/'))).toEqual(['/reference/down/']);
  });

  it.each(['bookshelf', 'xss'])('counts one page per operation, webhook and schema of the model (%s)', (apiId) => {
    const apiModel = apiId === 'xss' ? hostile : model;
    const count = (section: PageEntry['section']) => pages.filter((page) => page.section === section && page.apiId === apiId).length;
    expect(count('operation')).toBe(apiModel.operations.length);
    expect(count('webhook')).toBe(apiModel.webhooks.length);
    expect(count('webhook')).toBeGreaterThan(0);
    expect(count('schema')).toBe(Object.keys(apiModel.schemaSlugs).length);
    expect(count('schema')).toBeGreaterThan(0);
  });

  it('gives twins to readable guides and operations only', () => {
    const withTwin = pages.filter((page) => page.hasMarkdown).map((page) => page.section);
    expect(new Set(withTwin)).toEqual(new Set(['guide', 'operation']));
    expect(pages.find((page) => page.href === '/docs/broken/')!.hasMarkdown).toBe(false);
  });

  it('describes operations by their first sentence, guides by their frontmatter, and keeps dates', () => {
    const listBooks = pages.find((page) => page.href === '/reference/bookshelf/list-books/')!;
    expect(listBooks).toMatchObject({ title: 'List books', description: 'Returns the books on the shelf, a page at a time, optionally filtered.', group: 'Bookshelf API' });
    expect(listBooks.lastModified).toBe('2026-11-30T00:00:00.000Z');
    expect(pages[1]).toMatchObject({ description: 'Run the demo.', lastModified: '2026-12-01T10:00:00.000Z' });
  });
});

/** Each section's route under app/, as Next maps its params to a URL. */
const ROUTES: Record<PageSection, string> = {
  home: 'app/page.tsx',
  guide: 'app/docs/[[...slug]]/page.tsx',
  overview: 'app/reference/[apiId]/page.tsx',
  operation: 'app/reference/[apiId]/[slug]/page.tsx',
  webhook: 'app/reference/[apiId]/webhooks/[name]/page.tsx',
  schema: 'app/reference/[apiId]/schemas/[name]/page.tsx',
  explorer: 'app/reference/[apiId]/explorer/page.tsx',
};

/** The URL a route serves for `params`, and the names of the params it takes. */
function routeUrl(route: string, params: Record<string, string | string[]>): { url: string; names: string[] } {
  const names: string[] = [];
  const segments = route
    .replace(/^app\/|\/?page\.tsx$/g, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const dynamic = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(segment);
      if (!dynamic) return [segment];
      names.push(dynamic[1]);
      const value = params[dynamic[1]];
      return (Array.isArray(value) ? value : [value]).map((part) => encodeURIComponent(part));
    });
  return { url: segments.length === 0 ? '/' : `/${segments.join('/')}/`, names };
}

describe('route params', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));

  it('are the params of the page\'s route, and name the page\'s own URL', () => {
    for (const page of pages) {
      const route = ROUTES[page.section];
      expect(fs.existsSync(`${root}${route}`), route).toBe(true);
      const { url, names } = routeUrl(route, page.params as Record<string, string | string[]>);
      expect(Object.keys(page.params).sort(), page.href).toEqual(names.sort());
      expect(url, route).toBe(page.href);
      expect(hrefOf(page)).toBe(page.href);
    }
  });

  it('cover every page of each section, once', () => {
    const key = (params: object) => JSON.stringify(params);
    for (const section of Object.keys(ROUTES) as PageSection[]) {
      const params = paramsOf(pages, section).map(key);
      expect(new Set(params).size, section).toBe(params.length);
      expect(params.length, section).toBe(pages.filter((page) => page.section === section).length);
    }
    expect(paramsOf(pages, 'schema')).toContainEqual({ apiId: 'xss', name: hostile.schemaSlugs['..'] });
  });

  it('put the docs root index at /docs/', () => {
    const [index] = buildPageRegistry({ title: 'P', guides: [{ slug: [], title: 'Home' }], apis: [] }).filter((page) => page.section === 'guide');
    expect(index).toMatchObject({ href: '/docs/', params: { slug: [] } });
    expect(routeUrl(ROUTES.guide, index.params).url).toBe('/docs/');
  });
});

describe('markdownHref', () => {
  it('puts a twin beside its page folder', () => {
    expect(markdownHref('/reference/a/list-books/')).toBe('/reference/a/list-books.md');
    expect(markdownHref('/docs/guides/x/')).toBe('/docs/guides/x.md');
  });
});
