import path from 'node:path';
import { REFUSED_REF_KEY } from './refused-ref';
import { describe, expect, it } from 'vitest';
import { loadApi } from './load-api';
import { splitTitle } from './normalize-operation';
import type { ApiModel, Operation } from './types';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);

async function model(name: string): Promise<ApiModel> {
  const result = await loadApi(fixture(name));
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(result.model).toBeDefined();
  return result.model!;
}

const byId = (m: ApiModel, id: string): Operation => m.operations.find((o) => o.operationId === id)!;

describe('loadApi: Swagger 2.0', () => {
  it('converts to the 3.1-shaped model', async () => {
    const m = await model('petstore-2.0.yaml');
    expect(m.source).toBe('2.0');
    expect(m.specVersion).toBe('2.0');
    expect(m.servers).toEqual([{ url: 'https://api.example.com/v1', variables: {} }]);
    expect(m.securitySchemes.api_key).toEqual({ type: 'apiKey', name: 'X-API-Key', in: 'header' });
    const create = byId(m, 'createPet');
    expect(create.requestBody?.content[0]).toMatchObject({ mediaType: 'application/json', schema: { $ref: '#/components/schemas/Pet' } });
    // x-nullable -> nullable (swagger2openapi) -> type array (our upgrade); example -> examples.
    expect(m.schemas.Pet).toMatchObject({ properties: { name: { type: ['string', 'null'], examples: ['Rex'] } } });
    expect(m.tags.map((t) => t.name)).toEqual(['pets']);
  });
});

describe('loadApi: OpenAPI 3.0', () => {
  it('upgrades schemas to 3.1 semantics', async () => {
    const m = await model('petstore-3.0.json');
    expect(m.source).toBe('3.0.x');
    const pet = m.schemas.Pet as { properties: Record<string, unknown> };
    expect(pet.properties.id).toEqual({ type: 'integer', exclusiveMinimum: 0 });
    expect(pet.properties.name).toEqual({ type: ['string', 'null'], examples: ['Rex'] });
    expect(pet.properties.status).toEqual({ type: ['string', 'null'], enum: ['a', 'b', null] });
  });

  it('reads x-webhooks (GitHub and Redocly put 3.0 webhooks there) as webhooks, schemas upgraded', async () => {
    const m = await model('petstore-3.0.json');
    expect(m.webhooks.map((w) => [w.kind, w.path, w.method, w.slug])).toEqual([['webhook', 'pet-adopted', 'post', 'pet-adopted']]);
    expect(m.webhooks[0].requestBody?.content[0].schema).toMatchObject({ properties: { note: { type: ['string', 'null'] } } });
  });

  it('merges path-level parameters, operation level overriding by name and location', async () => {
    const get = (await model('petstore-3.0.json')).operations.find((o) => o.method === 'get' && o.path === '/pets/{petId}')!;
    expect(get.parameters.map((p) => [p.in, p.name, p.description])).toEqual([
      ['path', 'petId', 'operation level'],
      ['header', 'X-Trace', undefined],
      ['query', 'verbose', undefined],
    ]);
    expect(get.parameters[0].schema).toEqual({ type: 'integer' });
    expect(get.parameters[2]).toMatchObject({ style: 'form', explode: true, required: false, examples: [{ name: 'default', value: true }] });
    expect(get.parameters[1]).toMatchObject({ style: 'simple', explode: false });
  });

  it('keeps slugs unique when operationIds repeat, and warns', async () => {
    const result = await loadApi(fixture('petstore-3.0.json'));
    const slugs = result.model!.operations.map((o) => o.slug);
    expect(slugs).toEqual(['get-pets-petid', 'delete-pets-petid', 'get-owner', 'get-webhooks']);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'duplicate-operation-id', severity: 'warning', line: 31 }));
  });

  it('reads code samples, responses, links, callbacks and tags', async () => {
    const m = await model('petstore-3.0.json');
    const [get, del, owner] = m.operations;
    expect(get.codeSamples).toEqual([{ lang: 'shell', label: 'curl', source: 'curl https://api.example.com/pets/1' }]);
    expect(del.codeSamples).toEqual([{ lang: 'js', source: "fetch('/pets/1', { method: 'DELETE' })" }]);
    expect(get.responses[0]).toMatchObject({ status: '200', headers: [{ name: 'X-Rate-Limit' }], links: [{ name: 'owner', operationId: 'getOwner' }] });
    expect(owner.callbacks[0]).toMatchObject({ name: 'onChange', expression: '{$request.query.callbackUrl}', operations: [{ kind: 'callback', method: 'post' }] });
    expect(m.tags).toEqual([
      { name: 'pets', displayName: 'Pets', description: 'Everything about pets' },
      { name: 'owners', displayName: 'owners' },
    ]);
    expect(m.tagGroups).toEqual([{ name: 'Animals', tags: ['pets', 'owners'] }]);
    expect(m.servers).toEqual([{ url: '/', variables: {} }]);
  });
});

describe('loadApi: OpenAPI 3.1', () => {
  it('reads webhooks, pathItems components, type arrays and server variables', async () => {
    const m = await model('webhooks-3.1.yaml');
    expect(m.source).toBe('3.1.x');
    expect(m.info.summary).toBe('Webhooks and modern schemas');
    expect(m.operations.map((o) => [o.path, o.slug])).toEqual([['/nodes', 'list-nodes']]);
    expect(m.webhooks.map((w) => [w.kind, w.method, w.path, w.slug])).toEqual([
      ['webhook', 'post', 'newPet', 'new-pet'],
      ['webhook', 'post', 'petGone', 'pet-gone-post'],
      ['webhook', 'delete', 'petGone', 'pet-gone-delete'],
    ]);
    expect(m.webhooks[0].requestBody?.content[0].schema).toEqual({ $ref: '#/components/schemas/Pet', description: 'The new pet (a sibling of $ref)' });
    expect(m.schemas.Pet).toMatchObject({ properties: { name: { type: ['string', 'null'], examples: ['Rex'] } } });
    expect(m.servers[0].variables.region).toEqual({ default: 'eu', enum: ['eu', 'us'] });
  });
});

describe('loadApi: multi-file', () => {
  it('resolves relative refs, descriptions and code samples from other files', async () => {
    const m = await model('multi/openapi.yaml');
    expect(m.info.description).toBe('A spec split over several files.\n');
    expect(m.tags).toEqual([
      { name: 'pets', displayName: 'pets', description: 'Everything about pets.' },
      { name: 'undeclared', displayName: 'undeclared' },
    ]);
    const [list, get] = m.operations;
    expect(list.codeSamples).toEqual([{ lang: 'shell', label: 'cURL', source: 'curl https://api.example.com/pets' }]);
    expect(get.responses[0].description).toBe('Everything about pets.');
    expect(get.pointer).toBe('/paths/~1pets~1{id}/get');
  });
});

describe('loadApi: bad input', () => {
  it('reports unresolvable refs with file, pointer and line, and renders the rest with them unresolved', async () => {
    const result = await loadApi(fixture('broken/unresolved-ref.yaml'));
    const [pets, owners] = result.model!.operations;
    expect(pets.responses[0].content[0].schema).toEqual({ [REFUSED_REF_KEY]: '#/components/schemas/Pets' });
    // A missing response file: the response leaves, the operation stays.
    expect(owners.summary).toBe('List owners');
    expect(owners.responses).toEqual([]);
    expect(result.problems[0].hint).toBe('Did you mean "#/components/schemas/Pet"?');
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, path.basename(p.file), p.pointer, p.line])).toEqual([
      ['unresolved-ref', 'unresolved-ref.yaml', '/paths/~1pets/get/responses/200/content/application~1json/schema', 14],
      ['file-not-found', 'unresolved-ref.yaml', '/paths/~1owners/get/responses/200', 20],
    ]);
  });

  it('reports YAML syntax errors with their line', async () => {
    const result = await loadApi(fixture('broken/yaml-syntax.yaml'));
    expect(result.model).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ code: 'yaml-syntax', severity: 'error', line: 8, pointer: '' })]);
  });

  it('reports a missing file, a non-OpenAPI document and an invalid type', async () => {
    expect((await loadApi(fixture('nope.yaml'))).problems).toEqual([expect.objectContaining({ code: 'file-not-found', severity: 'error' })]);
    expect((await loadApi(fixture('broken/not-openapi.json'))).problems).toEqual([expect.objectContaining({ code: 'not-openapi', line: 1 })]);
    const invalid = await loadApi(fixture('broken/invalid-type.yaml'));
    expect(invalid.model).toBeUndefined();
    expect(invalid.problems.map((p) => [p.severity, p.code, p.line, p.hint?.startsWith('Did you mean "string"?')])).toEqual([
      ['error', 'invalid-schema-type', 22, true],
      ['warning', 'unknown-format', 25, false],
    ]);
  });

  it('warns about a path item without operations but still renders', async () => {
    const result = await loadApi(fixture('broken/empty-path.yaml'));
    expect(result.model?.operations).toHaveLength(1);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'empty-path-item', severity: 'warning', pointer: '/paths/~1owners', line: 12 })]);
  });

  it('points problems in 3.0 webhooks at their x-webhooks source line', async () => {
    const result = await loadApi(fixture('x-webhooks-3.0.yaml'));
    expect(result.model?.webhooks.map((w) => w.slug)).toEqual(['order-shipped', 'order-refunded']);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'unknown-format', pointer: '/x-webhooks/order-shipped/post/requestBody/content/application~1json/schema/properties/shippedAt/format', line: 18 }),
      expect.objectContaining({ code: 'long-summary', pointer: '/x-webhooks/order-refunded/post/summary', line: 24 }),
    ]);
  });

  it('keeps a long summary as text when there is no one-line title to take instead', () => {
    const long = 'x'.repeat(200);
    expect(splitTitle('List pets', 'All of them.')).toEqual({ summary: 'List pets', description: 'All of them.' });
    expect(splitTitle('Create a logsink\n', 'Long\ntext')).toEqual({ summary: 'Create a logsink\n', description: 'Long\ntext' });
    expect(splitTitle(long, undefined)).toEqual({ summary: undefined, description: long });
    expect(splitTitle(long, `More\nlines`)).toEqual({ summary: undefined, description: `${long}\n\nMore\nlines` });
  });

  it('takes a one-line description as the title when the summary holds paragraphs (GitHub webhooks)', async () => {
    const refunded = (await loadApi(fixture('x-webhooks-3.0.yaml'))).model!.webhooks[1];
    expect(refunded.summary).toBe('An order was refunded.');
    expect(refunded.description).toBe('This event occurs when an order is refunded.\nFor more information, see "Refunds".');
  });

  it('maps problems in external files to that file and line', async () => {
    const result = await loadApi(fixture('multi/openapi.yaml'));
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'unknown-format', file: fixture('multi/schemas/owner.yaml'), pointer: '/properties/name/format', line: 5 }),
    ]);
  });
});
