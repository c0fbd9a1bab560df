import { describe, expect, it } from 'vitest';
import { buildSearchShard } from './build-search-shard';
import { createSearchIndex } from './create-search-index';
import type { SearchDocument } from './search-document';

// A small fixture that pits each ranking rule against the next one.
const api = { where: 'Widgets API', scope: 'widgets' } as const;
const documents: SearchDocument[] = [
  { ...api, kind: 'operation', title: 'List widgets', url: '/w/list', method: 'GET', path: '/widgets', operationId: 'widgets/list', identifiers: ['widgets/list', '/widgets'], names: ['widgets'], text: 'Returns widgets, including archived ones.' },
  { ...api, kind: 'operation', title: 'Archive a widget', url: '/w/archive', method: 'POST', path: '/widgets/{id}/archive', operationId: 'widgets/archive', identifiers: ['widgets/archive', '/widgets/{id}/archive'], names: ['widgets', 'id'], text: '' },
  { ...api, kind: 'operation', title: 'Get a gadget', url: '/w/gadget', method: 'GET', path: '/gadgets/{id}', operationId: 'gadgets/get', identifiers: ['gadgets/get', '/gadgets/{id}'], names: ['gadgets', 'archived'], text: '' },
  { ...api, kind: 'schema', title: 'Widget', url: '/w/schemas/Widget/', identifiers: [], names: ['archived', 'color'], text: 'A widget.' },
  { ...api, kind: 'property', title: 'archived', url: '/w/schemas/Widget/#schema-archived', parent: 'Widget', identifiers: [], names: ['Widget'], text: '' },
  { kind: 'section', title: 'Archiving widgets', url: '/docs/widgets/#archiving-widgets', where: 'Guides', scope: 'guides', parent: 'Widgets', identifiers: [], names: ['Widgets'], text: 'Archived widgets stay readable.' },
];
const index = createSearchIndex([buildSearchShard(documents)]);
const urls = (query: string, scope?: string) => index.search(query, { scope }).results.map((result) => result.hit.url);

describe('ranking', () => {
  it('puts an exact operationId, path or title first, whatever its kind', () => {
    expect(urls('widgets/archive')[0]).toBe('/w/archive');
    expect(urls('/widgets')[0]).toBe('/w/list');
    expect(urls('widget')[0]).toBe('/w/schemas/Widget/');
  });

  it('ranks all words in the title above words spread over names and text', () => {
    expect(urls('archive widget').slice(0, 1)).toEqual(['/w/archive']);
  });

  it('ranks names (tags, parameters, properties) above descriptions, and mixes kinds by score', () => {
    const found = urls('archived');
    expect(found[0]).toBe('/w/schemas/Widget/#schema-archived');
    expect(found.indexOf('/w/gadget')).toBeLessThan(found.indexOf('/w/list'));
    expect(found.indexOf('/w/schemas/Widget/')).toBeLessThan(found.indexOf('/w/list'));
  });

  it('returns hits with some words missing only when none has them all', () => {
    expect(urls('widget color')).toEqual(['/w/schemas/Widget/']);
    expect(urls('gadget zebra')).toEqual(['/w/gadget']);
  });

  it('filters by method and scope', () => {
    expect(urls('POST widgets')).toEqual(['/w/archive']);
    expect(urls('archiving', 'guides')).toEqual(['/docs/widgets/#archiving-widgets']);
    expect(urls('archiving', 'widgets')).not.toContain('/docs/widgets/#archiving-widgets');
  });

  it('reports the vocabulary terms a query matched, for highlighting', () => {
    expect(index.search('archve').matchedTerms).toContain('archive');
  });

  it('answers from files added after it was created', () => {
    const growing = createSearchIndex();
    expect(growing.search('widget').results).toEqual([]);
    growing.addShard(buildSearchShard(documents));
    expect(growing.search('widget').results.length).toBeGreaterThan(0);
  });
});
