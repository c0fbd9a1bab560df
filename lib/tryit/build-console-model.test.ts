import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadApi } from '../openapi/load-api';
import type { ApiModel } from '../openapi/types';
import { buildConsoleModel, type ConsoleModel } from './build-console-model';
import { isBinaryBody } from '../request/binary-body';
import { buildRefDocument } from '../openapi/ref-document';
import { collectOperationSlice } from './collect-operation-slice';
import { draftsToValues, parseObjectDraft } from './drafts-to-values';
import { maskRequest } from '../request/mask-request';
import { buildRequest } from '../request/build-request';
import { makeOperation, makeParameter } from './test-fixtures/operation';
import { refs } from './test-fixtures/refs';

let model: ApiModel;
beforeAll(async () => {
  const loaded = await loadApi(path.resolve(import.meta.dirname, '../../content/openapi/bookshelf.yaml'));
  if (!loaded.model) throw new Error('bookshelf.yaml did not load');
  model = loaded.model;
});

function consoleFor(operationId: string): ConsoleModel {
  const operation = model.operations.find((op) => op.operationId === operationId)!;
  const slice = collectOperationSlice(model, operation);
  return buildConsoleModel(slice.operation, slice.refs, buildRefDocument(slice.refs));
}

describe('buildConsoleModel', () => {
  it('types inputs from the schema; only required parameters start filled', () => {
    const list = consoleFor('listBooks');
    const byName = Object.fromEntries(list.parameters.map((p) => [p.name, p]));
    expect(byName.limit).toMatchObject({ kind: 'integer', required: false, placeholder: 'default: 20' });
    expect(byName.genre).toMatchObject({ kind: 'enum', options: expect.arrayContaining(['mystery', 'fiction']) });
    expect(byName.available.kind).toBe('boolean');
    expect(byName.tags).toMatchObject({ kind: 'array', item: 'text', placeholder: 'e.g. classic, gothic' });
    expect(list.initialParameters).toEqual({});
    expect(consoleFor('getBook').initialParameters).toEqual({ 'path.bookId': 'bk_001' });
  });

  it('prefills a JSON body from each written example', () => {
    const [body] = consoleFor('createBook').bodies;
    expect(body.editor).toBe('json');
    expect(body.examples.map((e) => e.label)).toEqual(['A hardcover book', 'An audiobook']);
    expect(JSON.parse(body.examples[0].text)).toMatchObject({ title: 'The Adventure of the Dancing Men' });
  });

  it('turns a multipart schema into fields, the binary one a file input with the encoding as accept', () => {
    const [body] = consoleFor('uploadBookCover').bodies;
    expect(body.editor).toBe('form');
    expect(body.fields.map((f) => [f.name, f.kind, f.required])).toEqual([
      ['file', 'file', true],
      ['altText', 'text', false],
    ]);
    expect(body.fields[0].accept).toBe('image/png, image/jpeg, image/webp, image/gif');
    expect(body.initialFields).toEqual({ altText: 'A dark blue cover with the title in white capitals' });
  });

  it('gives a binary body (image/*, octet-stream, format: binary) a file picker instead of a text box', () => {
    const [, image] = consoleFor('uploadBookCover').bodies;
    expect(image).toMatchObject({ mediaType: 'image/*', editor: 'file', examples: [] });
    const none = { schemas: {}, refTargets: {} };
    expect(isBinaryBody({ mediaType: 'application/octet-stream', examples: [] }, none)).toBe(true);
    expect(isBinaryBody({ mediaType: 'application/x-custom', schema: { type: 'string', format: 'binary' }, examples: [] }, none)).toBe(true);
    expect(isBinaryBody({ mediaType: 'text/plain', schema: { type: 'string' }, examples: [] }, none)).toBe(false);
  });

  it('generates a body from the schema when the spec has no example, following recursive refs', () => {
    const operation = makeOperation({
      method: 'post',
      requestBody: { required: true, content: [{ mediaType: 'application/json', examples: [], schema: { $ref: '#/components/schemas/Category' } }] },
    });
    const [body] = buildConsoleModel(operation, refs, buildRefDocument(refs)).bodies;
    expect(body.examples[0].name).toBe('generated');
    expect(JSON.parse(body.examples[0].text)).toHaveProperty('name');
  });
});

describe('draftsToValues', () => {
  it('gives buildRequest what the form holds, objects parsed from key=value lines', () => {
    const operation = makeOperation({
      parameters: [
        makeParameter({ name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' } } }),
        makeParameter({ name: 'filter', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' } }),
        makeParameter({ name: 'flag', in: 'query', required: true, schema: { type: 'boolean' } }),
      ],
    });
    const cm = buildConsoleModel(operation, refs, buildRefDocument(refs));
    const values = draftsToValues(cm.parameters, { 'query.tags': ['a', 'b'], 'query.filter': 'color=red\nsize = L', 'query.flag': false });
    expect(values.query).toEqual({ tags: ['a', 'b'], filter: { color: 'red', size: 'L' }, flag: false });
    const request = buildRequest(operation, values, {}, { kind: 'custom', baseUrl: 'https://x.test' }, {});
    expect(request.url).toBe('https://x.test/items?tags=a&tags=b&filter[color]=red&filter[size]=L&flag=false');
    expect(parseObjectDraft('{"a": 1, "b": "x"}')).toEqual({ a: '1', b: 'x' });
  });

  it('orders form fields as the schema does and repeats arrays and files', () => {
    const file = { name: 'a.png', type: 'image/png', size: 3 };
    const values = draftsToValues([], {}, { mediaType: 'multipart/form-data', form: { note: 'hi', file: [file], extra: ['1', '2'] } }, [
      { name: 'file', location: 'body', kind: 'file', required: true },
      { name: 'note', location: 'body', kind: 'text', required: false },
    ]);
    expect(values.body).toEqual({ mediaType: 'multipart/form-data', fields: [{ name: 'file', file }, { name: 'note', value: 'hi' }, { name: 'extra', value: '1' }, { name: 'extra', value: '2' }] });
  });
});

describe('maskRequest', () => {
  it('hides credentials in headers, query and cookies, keeping the auth scheme word', () => {
    const masked = maskRequest({
      method: 'GET',
      url: 'https://x.test/a?key=s3cret&q=1',
      headers: [
        { name: 'Authorization', value: 'Bearer tok', secret: true },
        { name: 'X-API-Key', value: 'k' },
        { name: 'Accept', value: 'application/json' },
      ],
      queryString: [
        { name: 'key', value: 's3cret', secret: true },
        { name: 'q', value: '1' },
      ],
      cookies: [{ name: 'sid', value: 'c', secret: true }],
    });
    expect(masked.url).toBe('https://x.test/a?key=****&q=1');
    expect(masked.headers.map((h) => h.value)).toEqual(['Bearer ****', '****', 'application/json']);
    expect(masked.cookies[0].value).toBe('****');
  });
});
