import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadApi } from '../openapi';
import type { ApiModel } from '../openapi/types';
import { markdownHref } from './hrefs';
import { buildPageRegistry, firstSentence, toPlainLine, type PageEntry } from './page-registry';

const SPEC = fileURLToPath(new URL('../../content/openapi/bookshelf.yaml', import.meta.url));
let model: ApiModel;
let pages: PageEntry[];

beforeAll(async () => {
  model = (await loadApi(SPEC)).model!;
  pages = buildPageRegistry({
    title: 'Portal',
    description: 'All of it. More text.',
    guides: [
      { slug: ['getting-started'], title: 'Getting started', description: 'Run the *demo*.', lastModified: '2026-12-01T10:00:00.000Z' },
      { slug: ['broken'], title: 'broken', problem: 'bad frontmatter' },
    ],
    apis: [
      { id: 'bookshelf', title: 'Bookshelf API', model, lastModified: '2026-11-30T00:00:00.000Z' },
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

  it('counts one page per operation, webhook and schema of the model', () => {
    const count = (section: PageEntry['section']) => pages.filter((page) => page.section === section && page.apiId === 'bookshelf').length;
    expect(count('operation')).toBe(model.operations.length);
    expect(count('webhook')).toBe(model.webhooks.length);
    expect(count('schema')).toBe(Object.keys(model.schemaSlugs).length);
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

describe('text helpers', () => {
  it('cuts a description at its first sentence, without Markdown', () => {
    expect(firstSentence('Adds a **book**. Then returns [it](/x).')).toBe('Adds a book.');
    expect(firstSentence('# Title\n\nNo period here')).toBe('Title No period here');
    expect(firstSentence('   ')).toBeUndefined();
    expect(firstSentence('x'.repeat(300))!.length).toBe(160);
  });

  it('drops HTML tags from spec text', () => {
    expect(toPlainLine('<script>alert(1)</script>Hello <b>there</b>')).toBe('alert(1) Hello there');
  });

  it('puts a twin beside its page folder', () => {
    expect(markdownHref('/reference/a/list-books/')).toBe('/reference/a/list-books.md');
    expect(markdownHref('/docs/guides/x/')).toBe('/docs/guides/x.md');
  });
});
