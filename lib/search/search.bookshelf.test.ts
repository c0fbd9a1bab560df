import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../content/site';
import { loadApi } from '../openapi/load-api';
import { buildSchemaView } from '../reference/build-schema-view';
import { schemaViewHtml } from '../reference/schema-html';
import { schemaRef } from '../reference/schema-ref-name';
import type { ApiModel } from '../openapi/types';
import type { SearchShard } from './build-search-shard';
import { buildSearchFiles } from './build-search-files';
import { createSearchIndex, type SearchIndex } from './create-search-index';
import type { SearchHit } from './search-document';

// The default portal (content/): its guides and the Bookshelf API, searched as a reader would.
const CONTENT = path.resolve(import.meta.dirname, '../../content');
let index: SearchIndex;
let model: ApiModel;

beforeAll(async () => {
  const site = loadSite(CONTENT);
  model = (await loadApi(path.join(CONTENT, 'openapi/bookshelf.yaml'))).model!;
  const files = buildSearchFiles(site.guides, [{ id: 'bookshelf', title: 'Bookshelf API', model }]);
  index = createSearchIndex([...files.contents.values()].map((json) => JSON.parse(json) as SearchShard));
});

const top = (query: string, count = 3, scope?: string): SearchHit[] => index.search(query, { limit: count, scope }).results.map((result) => result.hit);
const titles = (query: string, count = 3) => top(query, count).map((hit) => hit.title);

describe('search over the default portal', () => {
  it.each([
    ['listBooks', 'List books'],
    ['list-books', 'List books'],
    ['list_books', 'List books'],
    ['POST /books', 'Add a book'],
    ['GET /books/42', 'Get a book'],
    ['http://127.0.0.1:4010/books/9f2c/cover', "Get a book's cover"],
    ['delete a book', 'Delete a book'],
  ])('puts the exact match first: %s', (query, title) => {
    expect(titles(query)[0]).toBe(title);
  });

  it.each([
    ['summary words', 'add book', 'Add a book'],
    ['typo', 'lsit books', 'List books'],
    ['typo in a long word', 'subscriptoins', 'List webhook subscriptions'],
    ['prefix', 'paginat', 'Pagination and filters'],
    ['plural', 'covers', "Get a book's cover"],
    ['singular', 'genre', 'Genre'],
    ['guide heading', 'sending credentials', 'Sending credentials'],
  ])('finds by %s: %s', (_kind, query, title) => {
    expect(titles(query)).toContain(title);
  });

  it('matches a concrete path to its template, for each method on it', () => {
    const hits = top('/books/42/reviews', 2);
    expect(hits.map((hit) => hit.path)).toEqual(['/books/{bookId}/reviews', '/books/{bookId}/reviews']);
    expect(hits.map((hit) => hit.method).sort()).toEqual(['GET', 'POST']);
  });

  it('filters by a leading method', () => {
    const hits = top('DELETE books', 10);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.method === 'DELETE')).toBe(true);
  });

  it('finds a parameter by its name', () => {
    expect(top('limit')[0]).toMatchObject({ kind: 'operation', title: 'List books' });
    expect(top('bookId', 6).some((hit) => hit.kind === 'operation' && hit.path?.includes('{bookId}'))).toBe(true);
  });

  it('finds a webhook by the words of its name', () => {
    expect(top('book created')[0]).toMatchObject({ kind: 'webhook', url: expect.stringMatching(/^\/reference\/bookshelf\/webhooks\//) });
  });

  it('finds a property, names its schema and links to an anchor its schema page has', () => {
    const hit = top('nextCursor').find((candidate) => candidate.kind === 'property');
    expect(hit).toMatchObject({ title: 'nextCursor', parent: expect.any(String) });
    const [page, anchor] = hit!.url.split('#');
    expect(page).toBe(`/reference/bookshelf/schemas/${hit!.parent}/`);
    const node = buildSchemaView(model, model.schemas[hit!.parent!], { seenRefs: [schemaRef(hit!.parent!)] });
    const html = schemaViewHtml(node, 'schema', { apiId: 'bookshelf', basePath: '', markdown: (source) => source });
    expect(html).toContain(`id="${anchor}"`);
  });

  it('links a guide section to its heading', () => {
    expect(top('page schema')[0]).toMatchObject({ kind: 'section', url: '/docs/pagination/#the-page-schema', parent: 'Pagination and filters' });
  });

  it('keeps to a scope', () => {
    expect(top('book', 20, 'guides').every((hit) => hit.scope === 'guides')).toBe(true);
    expect(top('book', 20, 'bookshelf').every((hit) => hit.scope === 'bookshelf')).toBe(true);
  });

  it('answers nothing for an empty query or one that matches nothing', () => {
    expect(top('   ')).toEqual([]);
    expect(top('zzzzqqq')).toEqual([]);
  });
});
