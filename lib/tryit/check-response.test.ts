import { describe, expect, it } from 'vitest';
import type { JsonSchema, Response } from '../openapi/types';
import { checkResponse } from './check-response';
import { makeOperation } from './test-fixtures/operation';
import { refs } from './test-fixtures/refs';

const response = (status: string, content: Response['content']): Response => ({ status, description: '', headers: [], links: [], content });
const json = (schema: JsonSchema): Response['content'] => [{ mediaType: 'application/json', schema, examples: [] }];

const operation = makeOperation({
  responses: [
    response('200', json({ $ref: '#/components/schemas/Book' })),
    response('201', []),
    response('4XX', json({ type: 'object', required: ['error'], properties: { error: { type: 'string' } } })),
    response('202', [{ mediaType: 'application/xml', schema: { type: 'object' }, examples: [] }]),
    response('203', [{ mediaType: 'application/json', examples: [] }]),
  ],
});

describe('checkResponse', () => {
  it('accepts a body matching the exact status schema (writeOnly properties not expected)', () => {
    expect(checkResponse(operation, 200, 'application/json; charset=utf-8', '{"id":1,"title":"Dune"}', refs)).toEqual({ kind: 'ok' });
  });

  it('reports mismatches with JSON pointers', () => {
    expect(checkResponse(operation, 200, 'application/json', '{"id":"one","title":"Dune","more":true}', refs)).toEqual({
      kind: 'mismatch',
      errors: [
        { pointer: '/more', message: 'is not an allowed property' },
        { pointer: '/id', message: 'must be an integer' },
      ],
    });
  });

  it('falls back to the status range, then flags undocumented statuses', () => {
    expect(checkResponse(operation, 404, 'application/problem+json', '{"error":"gone"}', refs)).toEqual({ kind: 'mismatch', errors: [expect.objectContaining({ pointer: '' })] });
    expect(checkResponse(operation, 404, 'application/json', '{"error":"gone"}', refs)).toEqual({ kind: 'ok' });
    expect(checkResponse(operation, 418, 'application/json', '{}', refs)).toEqual({ kind: 'mismatch', errors: [{ pointer: '/error', message: 'is required' }] });
    expect(checkResponse(operation, 500, 'application/json', '{}', refs)).toEqual({ kind: 'undocumented-status' });
  });

  it('uses default when no code or range matches', () => {
    const op = makeOperation({ responses: [response('default', json({ type: 'array' }))] });
    expect(checkResponse(op, 503, 'application/json', '{}', refs)).toEqual({ kind: 'mismatch', errors: [{ pointer: '', message: 'must be an array' }] });
  });

  it('says when there is nothing to check against', () => {
    expect(checkResponse(operation, 201, '', '', refs)).toEqual({ kind: 'ok' });
    expect(checkResponse(operation, 201, 'text/plain', 'created', refs)).toMatchObject({ kind: 'no-schema' });
    expect(checkResponse(operation, 202, 'application/xml', '<a/>', refs)).toMatchObject({ kind: 'no-schema' });
    expect(checkResponse(operation, 203, 'application/json', '{}', refs)).toEqual({ kind: 'no-schema' });
    const broken = makeOperation({ responses: [response('200', json({ $ref: '#/components/schemas/Missing' }))] });
    expect(checkResponse(broken, 200, 'application/json', '{}', refs)).toMatchObject({ kind: 'no-schema', reason: expect.stringContaining('compiled') });
  });

  it('flags invalid JSON, empty bodies and undocumented content types', () => {
    expect(checkResponse(operation, 200, 'application/json', '{oops', refs)).toMatchObject({ kind: 'mismatch' });
    expect(checkResponse(operation, 200, 'application/json', '', refs)).toMatchObject({ kind: 'mismatch' });
    expect(checkResponse(operation, 200, 'text/html', '<html>', refs)).toEqual({
      kind: 'mismatch',
      errors: [{ pointer: '', message: 'content type text/html is not documented (expected application/json)' }],
    });
  });
});

describe('ref document', () => {
  it('resolves refs into component schemas and leaves the model untouched', () => {
    const model = {
      schemas: { Pet: { type: 'object', properties: { tag: { type: 'string' } } } },
      refTargets: { '#/components/schemas/Pet/properties/tag': { type: 'string' } },
    };
    const before = JSON.stringify(model);
    const op = makeOperation({ responses: [response('200', json({ $ref: '#/components/schemas/Pet/properties/tag' }))] });
    expect(checkResponse(op, 200, 'application/json', '5', model)).toEqual({ kind: 'mismatch', errors: [{ pointer: '', message: 'must be a string' }] });
    expect(checkResponse(op, 200, 'application/json', '"x"', model)).toEqual({ kind: 'ok' });
    expect(JSON.stringify(model)).toBe(before);
  });
});
