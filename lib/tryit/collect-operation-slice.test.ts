import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApi } from '../openapi/load-api';
import type { ApiModel } from '../openapi/types';
import { collectOperationSlice, SLICE_EXAMPLE_MAX_CHARS } from './collect-operation-slice';
import { makeOperation, makeParameter } from './test-fixtures/operation';

function makeModel(overrides: Partial<ApiModel> = {}): ApiModel {
  return {
    source: '3.1.x',
    specVersion: '3.1.0',
    info: { title: 'T', version: '1' },
    servers: [{ url: 'https://api.example.com', variables: {} }],
    securitySchemes: {
      key: { type: 'apiKey', name: 'X-Key', in: 'header' },
      unused: { type: 'http', scheme: 'basic' },
    },
    security: [{ key: [] }],
    tags: [],
    tagGroups: [],
    operations: [],
    webhooks: [],
    schemas: {
      Category: {
        type: 'object',
        properties: { name: { type: 'string' }, parent: { $ref: '#/components/schemas/Category' }, owner: { $ref: '#/components/schemas/Owner' } },
      },
      Owner: { type: 'object', properties: { id: { $ref: '#/components/parameters/id/schema' } } },
      Unrelated: { type: 'object', properties: { big: { type: 'string' } } },
    },
    schemaSlugs: { Category: 'Category', Owner: 'Owner', Unrelated: 'Unrelated' },
    refTargets: {
      '#/components/parameters/id/schema': { type: 'integer' },
      '#/components/parameters/other/schema': { type: 'string' },
    },
    ...overrides,
  };
}

describe('collectOperationSlice', () => {
  it('keeps only the schemas a recursive schema reaches, transitively, without looping', () => {
    const operation = makeOperation({
      responses: [
        { status: '200', description: 'ok', headers: [], links: [], content: [{ mediaType: 'application/json', examples: [], schema: { $ref: '#/components/schemas/Category' } }] },
      ],
    });
    const slice = collectOperationSlice(makeModel(), operation);
    expect(Object.keys(slice.refs.schemas).sort()).toEqual(['Category', 'Owner']);
    expect(Object.keys(slice.refs.refTargets)).toEqual(['#/components/parameters/id/schema']);
  });

  it('keeps only the security schemes the operation uses, inheriting the API requirements', () => {
    const slice = collectOperationSlice(makeModel(), makeOperation());
    expect(slice.security).toEqual([{ key: [] }]);
    expect(Object.keys(slice.securitySchemes)).toEqual(['key']);
    const own = collectOperationSlice(makeModel(), makeOperation({ security: [] }));
    expect(own.securitySchemes).toEqual({});
  });

  it('keeps small response examples and drops large ones', () => {
    const big = { emojis: Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`emoji_${i}`, `https://github.githubassets.com/images/icons/emoji/${i}.png`])) };
    const content = [{ mediaType: 'application/json', examples: [{ name: 'small', value: { ok: true } }, { name: 'big', value: big }] }];
    const operation = makeOperation({ responses: [{ status: '200', description: 'OK', headers: [], links: [], content }] });
    const slice = collectOperationSlice(makeModel({ operations: [operation] }), operation);
    expect(JSON.stringify(big).length).toBeGreaterThan(SLICE_EXAMPLE_MAX_CHARS);
    expect(slice.operation.responses[0].content[0].examples.map((example) => example.name)).toEqual(['small']);
    expect(operation.responses[0].content[0].examples).toHaveLength(2);
  });

  it('prefers operation servers and drops callbacks', () => {
    const operation = makeOperation({
      servers: [{ url: 'https://eu.example.com', variables: {} }],
      parameters: [makeParameter({ name: 'id', in: 'query', schema: { $ref: '#/components/parameters/id/schema' } })],
      callbacks: [{ name: 'cb', expression: '{$request.body#/url}', operations: [makeOperation({ requestBody: { required: true, content: [{ mediaType: 'application/json', examples: [], schema: { $ref: '#/components/schemas/Unrelated' } }] } })] }],
    });
    const slice = collectOperationSlice(makeModel(), operation);
    expect(slice.servers.map((s) => s.url)).toEqual(['https://eu.example.com']);
    // The API's own server stays known: credentials typed here are bound to it, not to eu.example.com.
    expect(slice.ownServers).toBe(true);
    expect(slice.apiServerUrl).toBe('https://api.example.com');
    expect(collectOperationSlice(makeModel(), makeOperation()).ownServers).toBe(false);
    expect(slice.operation.callbacks).toEqual([]);
    expect(slice.refs.schemas).toEqual({});
    expect(Object.keys(slice.refs.refTargets)).toEqual(['#/components/parameters/id/schema']);
  });

  it('slices the bookshelf spec: the genre tree only, and far less than the model', async () => {
    const { model } = await loadApi(path.resolve(import.meta.dirname, '../../content/openapi/bookshelf.yaml'));
    if (!model) throw new Error('bookshelf.yaml did not load');
    const operation = model.operations.find((op) => op.operationId === 'listGenres');
    if (!operation) throw new Error('listGenres missing');
    const slice = collectOperationSlice(model, operation);
    expect(Object.keys(slice.refs.schemas)).toEqual(['GenreNode']);
    expect(JSON.stringify(slice).length).toBeLessThan(JSON.stringify(model).length / 5);
  });
});
