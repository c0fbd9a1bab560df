import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../json/locate-json-error';
import { makeOperation, makeParameter } from './test-fixtures/operation';
import { refs } from './test-fixtures/refs';
import { createRequestValidator, validateRequest } from './validate-request';

const operation = makeOperation({
  method: 'post',
  path: '/books/{id}',
  parameters: [
    makeParameter({ name: 'id', in: 'path', schema: { type: 'integer' } }),
    makeParameter({ name: 'limit', in: 'query', required: true, schema: { $ref: '#/components/parameters/limit/schema' } }),
    makeParameter({ name: 'status', in: 'query', schema: { $ref: '#/components/schemas/Status' } }),
    makeParameter({ name: 'ids', in: 'query', schema: { type: 'array', items: { type: 'integer' } } }),
    makeParameter({ name: 'X-Request-Id', in: 'header', schema: { type: 'string', pattern: '^[a-f0-9]{8}$' } }),
    makeParameter({ name: 'filter', in: 'query', style: 'deepObject', schema: { type: 'object', properties: { year: { type: 'integer' } } } }),
  ],
  requestBody: { required: true, content: [{ mediaType: 'application/json', schema: { $ref: '#/components/schemas/Book' }, examples: [] }] },
});

const body = (text: string) => ({ mediaType: 'application/json', text });

describe('validateRequest', () => {
  it('accepts valid values, coercing form strings to the documented types', () => {
    const issues = validateRequest(
      operation,
      { path: { id: '7' }, query: { limit: '10', status: 'open', ids: ['1', '2'], filter: { year: '2020' } }, body: body('{"title":"Dune","secret":"s"}') },
      refs,
    );
    expect(issues).toEqual([]);
  });

  it('reports missing required parameters and body', () => {
    expect(validateRequest(operation, { query: { limit: '' } }, refs)).toEqual([
      { field: 'path.id', message: 'is required' },
      { field: 'query.limit', message: 'is required' },
      { field: 'body', message: 'is required' },
    ]);
  });

  it('names wrong types, ranges, enums and patterns', () => {
    const issues = validateRequest(
      operation,
      {
        path: { id: 'abc' },
        query: { limit: '500', status: 'lost', ids: ['1', 'x'], filter: { year: 'soon' } },
        header: { 'X-Request-Id': 'nope' },
        body: body('{"title":"A","secret":"s"}'),
      },
      refs,
    );
    expect(issues).toEqual([
      { field: 'path.id', message: 'must be an integer' },
      { field: 'query.limit', message: 'must be <= 100' },
      { field: 'query.status', message: 'must be one of: "open", "closed"' },
      { field: 'query.ids', message: '[1] must be an integer' },
      { field: 'header.X-Request-Id', message: 'must match the pattern ^[a-f0-9]{8}$' },
      { field: 'query.filter', message: 'year must be an integer' },
    ]);
  });

  it('validates the JSON body against the referenced schema, with pointers, ignoring readOnly required properties', () => {
    const issues = validateRequest(operation, { path: { id: 1 }, query: { limit: 1 }, body: body('{"title":"","status":"x","isbn":"12","extra":1}') }, refs);
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'body./secret', message: 'is required' },
        { field: 'body./title', message: 'must NOT have fewer than 1 characters' },
        { field: 'body./status', message: 'must be one of: "open", "closed"' },
        { field: 'body./isbn', message: 'must match the pattern ^[0-9-]{10,17}$' },
        { field: 'body./extra', message: 'is not an allowed property' },
      ]),
    );
    expect(issues.find((i) => i.field === 'body./id')).toBeUndefined();
    expect(issues).toHaveLength(5);
  });

  it('asks for a file for a required binary body and does not read its bytes', () => {
    const upload = makeOperation({ method: 'put', requestBody: { required: true, content: [{ mediaType: 'image/*', examples: [] }] } });
    expect(validateRequest(upload, { body: { mediaType: 'image/*', file: null } }, refs)).toEqual([{ field: 'body', message: 'is required' }]);
    expect(validateRequest(upload, { body: { mediaType: 'image/*', file: { name: 'a.png', type: 'image/png', size: 1 } } }, refs)).toEqual([]);
  });

  it('reports JSON syntax errors with line and column', () => {
    const issues = validateRequest(operation, { path: { id: 1 }, query: { limit: 1 }, body: body('{\n  "title": "A",\n  "secret": "s"\n  "x": 1\n}') }, refs);
    expect(issues).toEqual([{ field: 'body', message: 'invalid JSON at line 4, column 3: expected "," or a closing bracket', line: 4, column: 3 }]);
  });

  it('validates recursive schemas and form fields', () => {
    const op = makeOperation({
      method: 'post',
      requestBody: {
        required: true,
        content: [
          { mediaType: 'application/json', schema: { $ref: '#/components/schemas/Category' }, examples: [] },
          { mediaType: 'multipart/form-data', schema: { type: 'object', required: ['count', 'file'], properties: { count: { type: 'integer' } } }, examples: [] },
        ],
      },
    });
    const validate = createRequestValidator(refs);
    expect(validate(op, { body: body('{"name":"a","children":[{"name":"b","children":[{}]}]}') })).toEqual([
      { field: 'body./children/0/children/0/name', message: 'is required' },
    ]);
    expect(
      validate(op, { body: { mediaType: 'multipart/form-data', fields: [{ name: 'count', value: 'many' }, { name: 'file', file: { name: 'a.txt', type: 'text/plain', size: 1 } }] } }),
    ).toEqual([{ field: 'body./count', message: 'must be an integer' }]);
  });
});

describe('oneOf without a discriminator', () => {
  const shapes = makeOperation({
    method: 'post',
    path: '/shapes',
    requestBody: {
      required: true,
      content: [
        {
          mediaType: 'application/json',
          schema: {
            oneOf: [
              { type: 'object', required: ['a'], properties: { a: { type: 'integer' } } },
              { type: 'object', required: ['b', 'c'], properties: { b: { type: 'string' }, c: { type: 'string' } } },
            ],
          },
          examples: [],
        },
      ],
    },
  });

  it('reports the closest branch only', () => {
    expect(validateRequest(shapes, { body: body('{"a":"x"}') }, refs)).toEqual([{ field: 'body./a', message: 'must be an integer' }]);
  });

  it('keeps the oneOf message when several branches match', () => {
    expect(validateRequest(shapes, { body: body('{"a":1,"b":"x","c":"y"}') }, refs)).toEqual([{ field: 'body', message: 'must match exactly one schema in oneOf' }]);
  });
});

describe('parseJsonText', () => {
  it('locates errors and parses valid JSON', () => {
    expect(parseJsonText('[1, 2,]')).toMatchObject({ ok: false, error: { line: 1, column: 7 } });
    expect(parseJsonText('{"a": tru}')).toMatchObject({ ok: false, error: { line: 1 } });
    expect(parseJsonText('')).toMatchObject({ ok: false });
    expect(parseJsonText(' {"a":[1,{"b":null}]} ')).toEqual({ ok: true, value: { a: [1, { b: null }] } });
  });
});
