import { describe, expect, it } from 'vitest';
import { pickSchemaRefs } from './pick-schema-refs';
import { makeOperation, makeParameter } from './test-fixtures/operation';

describe('pickSchemaRefs', () => {
  it('collects the schemas an operation reaches, transitively, and nothing else', () => {
    const model = {
      schemas: {
        Pet: { type: 'object', properties: { owner: { $ref: '#/components/schemas/Owner' }, tag: { $ref: '#/components/schemas/Pet/properties/owner' } } },
        Owner: { type: 'object', properties: { pets: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } } },
        Unused: { type: 'string' },
      },
      refTargets: { '#/components/parameters/limit/schema': { type: 'integer' } },
    };
    const operation = makeOperation({
      parameters: [makeParameter({ name: 'limit', in: 'query', schema: { $ref: '#/components/parameters/limit/schema' } })],
      responses: [{ status: '200', description: '', headers: [], links: [], content: [{ mediaType: 'application/json', schema: { $ref: '#/components/schemas/Pet' }, examples: [] }] }],
    });
    const picked = pickSchemaRefs(operation, model);
    expect(Object.keys(picked.schemas).sort()).toEqual(['Owner', 'Pet']);
    expect(picked.refTargets).toEqual({ '#/components/parameters/limit/schema': { type: 'integer' } });
  });
});
