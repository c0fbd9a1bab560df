import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadApi } from '../openapi/load-api';
import type { ApiModel } from '../openapi/types';
import { buildApiNav, INLINE_NAV_LIMIT, listNavSections, tagSectionIds, windowAround } from './build-api-nav';
import { makeOperation, makeParameter } from '../tryit/test-fixtures/operation';
import { buildSampleRequest } from './build-sample-request';
import { formatExample } from './format-example';
import { listConstraints } from './list-constraints';
import { schemaRef, schemaRefName } from './schema-ref-name';

describe('listConstraints', () => {
  it('phrases numeric, string, array and object constraints', () => {
    expect(listConstraints({ minimum: 1, exclusiveMaximum: 10, multipleOf: 0.5 })).toEqual(['>= 1', '< 10', 'multiple of 0.5']);
    expect(listConstraints({ minimum: 0, exclusiveMinimum: true })).toEqual(['> 0']);
    expect(listConstraints({ minLength: 2, maxLength: 2, pattern: '^[A-Z]{2}$' })).toEqual(['exactly 2 characters', 'pattern ^[A-Z]{2}$']);
    expect(listConstraints({ maxItems: 5, uniqueItems: true, minProperties: 1 })).toEqual(['at most 5 items', 'unique items', 'at least 1 properties']);
    expect(listConstraints({ contentMediaType: 'image/png' })).toEqual(['media type image/png']);
  });
});

describe('schema refs', () => {
  it('maps component refs to names and back, escaping / and ~', () => {
    expect(schemaRefName('#/components/schemas/Book')).toBe('Book');
    expect(schemaRefName('#/components/schemas/a~1b')).toBe('a/b');
    expect(schemaRefName('#/components/schemas/Book/properties/id')).toBeUndefined();
    expect(schemaRefName('#/paths/x')).toBeUndefined();
    expect(schemaRef('a/b')).toBe('#/components/schemas/a~1b');
  });
});

describe('formatExample', () => {
  it('uses the notation of the media type', () => {
    expect(formatExample({ a: 1 }, 'application/problem+json')).toEqual({ code: '{\n  "a": 1\n}', lang: 'json' });
    expect(formatExample({ a: [1, 2] }, 'application/x-yaml')).toEqual({ code: 'a:\n  - 1\n  - 2', lang: 'yaml' });
    expect(formatExample({ id: 1, name: '<b>&' }, 'application/xml', 'Pet').code).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<Pet>\n  <id>1</id>\n  <name>&lt;b&gt;&amp;</name>\n</Pet>',
    );
    expect(formatExample([{ id: 1 }], 'text/xml', 'Pets').code).toContain('<Pets>\n  <item>\n    <id>1</id>');
    expect(formatExample('plain text', 'text/plain')).toEqual({ code: 'plain text', lang: 'text' });
  });
});

describe('tagSectionIds', () => {
  it('gives unique ids even when names slugify alike', () => {
    expect([...tagSectionIds(['Books', 'books', 'Löschen']).values()]).toEqual(['tag-books', 'tag-books-2', 'tag-loschen']);
  });
});

describe('windowAround', () => {
  const items = Array.from({ length: 10 }, (_, i) => ({ href: `/p${i}/`, label: `P${i}` }));
  const hrefs = (list: { href: string }[]) => list.map((item) => item.href);
  it('keeps short sections whole and centres the window on the current page, clamped to the ends', () => {
    expect(windowAround(items.slice(0, 4), '/p2/', 4)).toHaveLength(4);
    expect(hrefs(windowAround(items, '/p5/', 4))).toEqual(['/p3/', '/p4/', '/p5/', '/p6/']);
    expect(hrefs(windowAround(items, '/p0/', 4))).toEqual(['/p0/', '/p1/', '/p2/', '/p3/']);
    expect(hrefs(windowAround(items, '/p9/', 4))).toEqual(['/p6/', '/p7/', '/p8/', '/p9/']);
    expect(hrefs(windowAround(items, '/elsewhere/', 3))).toEqual(['/p0/', '/p1/', '/p2/']);
  });
});

describe('with the Bookshelf model', () => {
  let model: ApiModel;
  beforeAll(async () => {
    const result = await loadApi(path.resolve(import.meta.dirname, '../../content/openapi/bookshelf.yaml'));
    if (!result.model) throw new Error(JSON.stringify(result.problems));
    model = result.model;
  });

  it('groups the navigation by x-tagGroups, then webhooks and schemas', () => {
    const nav = buildApiNav(model, 'bookshelf');
    expect(nav.groups.map((g) => [g.title, g.sections.map((s) => s.title)])).toEqual([
      ['Catalogue', ['Books', 'Authors', 'Reviews']],
      ['Your account', ['Account']],
    ]);
    const books = nav.groups[0].sections[0];
    expect(books.id).toBe('tag-books');
    expect(books.items[0]).toEqual({ href: '/reference/bookshelf/list-books/', label: 'List books', method: 'get' });
    expect(nav.extras.map((s) => s.id)).toEqual(['webhooks', 'schemas']);
    expect(nav.extras[0].items[0].href).toMatch(/^\/reference\/bookshelf\/webhooks\/book-created\/$/);
    expect(listNavSections(nav)).toHaveLength(6);
    expect(nav.totalItems).toBeLessThan(INLINE_NAV_LIMIT);
  });

  it('builds a sample request with examples, defaults and placeholder credentials', () => {
    const create = model.operations.find((op) => op.operationId === 'createBook')!;
    const request = buildSampleRequest(create, model);
    expect(request.method).toBe('POST');
    expect(request.url).toBe('http://127.0.0.1:4010/books');
    expect(request.headers).toContainEqual({ name: 'X-API-Key', value: 'YOUR_API_KEY', secret: true });
    expect(request.body && 'text' in request.body && JSON.parse(request.body.text).title).toBe('The Adventure of the Dancing Men');

    const get = model.operations.find((op) => op.operationId === 'getBook')!;
    expect(buildSampleRequest(get, model).url).toMatch(/^http:\/\/127\.0\.0\.1:4010\/books\/bk_[a-z0-9]+$/);

    const upload = model.operations.find((op) => op.operationId === 'uploadBookCover')!;
    const body = buildSampleRequest(upload, model).body;
    expect(body && 'fields' in body && body.fields.find((f) => f.name === 'file')).toMatchObject({ file: { type: 'image/png' } });
  });

  it('names plain string path parameters after themselves and gives binary bodies a stand-in file', () => {
    const operation = makeOperation({
      method: 'put',
      path: '/repos/{owner}/{repo}',
      parameters: ['owner', 'repo'].map((name) => makeParameter({ name, in: 'path', schema: { type: 'string' } })),
      requestBody: { required: true, content: [{ mediaType: 'image/*', examples: [] }] },
    });
    const request = buildSampleRequest(operation, model);
    expect(request.url).toBe('http://127.0.0.1:4010/repos/owner/repo');
    expect(request.body).toEqual({ mediaType: 'image/*', file: { name: 'file.png', type: 'image/png', size: 0 } });
    expect(request.headers).toContainEqual({ name: 'Content-Type', value: 'image/png' });
  });
});

describe('collectCodeSamples', () => {
  it('puts spec samples first, maps their languages to shared ids, and fills in generated ones', async () => {
    const { collectCodeSamples } = await import('./collect-code-samples');
    const tabs = collectCodeSamples(
      [
        { lang: 'cURL', source: 'curl -X GET x' },
        { lang: 'Python', label: 'Python SDK', source: 'client.list()' },
        { lang: 'Python', source: 'requests.get(x)' },
      ],
      [
        { id: 'curl', label: 'cURL', language: 'bash', code: 'curl x' },
        { id: 'go', label: 'Go', language: 'go', code: 'http.Get(x)' },
      ],
    );
    expect(tabs.map((t) => [t.id, t.label, t.lang, t.source])).toEqual([
      ['curl', 'cURL', 'bash', 'spec'],
      ['python', 'Python SDK', 'Python', 'spec'],
      ['python-2', 'Python', 'Python', 'spec'],
      ['go', 'Go', 'go', 'generated'],
    ]);
  });
});

describe('listExamples', () => {
  it('shows every written example by summary, and generates one when the spec has none', async () => {
    const { listExamples } = await import('./list-examples');
    const refs = { schemas: { Pet: { type: 'object', properties: { id: { type: 'integer', examples: [7] } } } }, refTargets: {} };
    const written = listExamples(
      [{ mediaType: 'application/json', examples: [{ name: 'a', summary: 'First', value: { id: 1 } }, { name: 'b', value: { id: 2 } }] }],
      refs,
      'response',
      { prefix: '200' },
    );
    expect(written.map((e) => [e.label, e.source, e.code])).toEqual([
      ['200 · First', 'spec', '{\n  "id": 1\n}'],
      ['200 · b', 'spec', '{\n  "id": 2\n}'],
    ]);
    const generated = listExamples([{ mediaType: 'application/xml', examples: [], schema: { $ref: '#/components/schemas/Pet' } }], refs, 'response');
    expect(generated).toEqual([{ label: 'application/xml', mediaType: 'application/xml', code: '<?xml version="1.0" encoding="UTF-8"?>\n<Pet>\n  <id>7</id>\n</Pet>', lang: 'xml', source: 'generated' }]);
  });
});

describe('buildOperationToc', () => {
  it('lists the sections an operation has, with parameter locations (when more than one) and status codes', async () => {
    const { buildOperationToc } = await import('./build-operation-toc');
    const op = {
      kind: 'operation', slug: 'x', method: 'get', path: '/x', deprecated: false, tags: [], callbacks: [], codeSamples: [], pointer: '',
      parameters: [{ name: 'id', in: 'path', required: true, deprecated: false, style: 'simple', explode: false, allowReserved: false, examples: [] }],
      responses: [{ status: '200', description: 'OK', headers: [], content: [], links: [] }, { status: '4XX', description: 'Bad', headers: [], content: [], links: [] }],
    } as const;
    expect(buildOperationToc(structuredClone(op) as never, [{ key: [] }]).map((e) => `${e.depth}:${e.id}`)).toEqual([
      '2:authorization', '2:parameters', '2:responses', '3:response-200', '3:response-4xx',
    ]);
    // Parameters in two locations get a heading each.
    const query = { ...op.parameters[0], name: 'q', in: 'query', required: false };
    const twoPlaces = buildOperationToc({ ...structuredClone(op), parameters: [...op.parameters, query] } as never).map((e) => `${e.depth}:${e.id}:${e.title}`);
    expect(twoPlaces.slice(0, 3)).toEqual(['2:parameters:Parameters', '3:parameters-path:Path parameters', '3:parameters-query:Query parameters']);
    expect(buildOperationToc({ ...structuredClone(op), security: [{}] } as never, [{ key: [] }])[0].id).toBe('parameters');
  });
});
