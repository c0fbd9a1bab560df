import { describe, expect, it } from 'vitest';
import { CUT_SCHEMA, pickSchemaRefs } from './pick-schema-refs';
import { SLICE_LIMITS } from './collect-operation-slice';
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

  const body = (ref: string) =>
    makeOperation({ responses: [{ status: '200', description: '', headers: [], links: [], content: [{ mediaType: 'application/json', schema: { $ref: ref }, examples: [] }] }] });

  it('with limits, keeps two component levels (allOf members on their parent level) and cuts the rest', () => {
    const model = {
      schemas: {
        Page: { allOf: [{ $ref: '#/components/schemas/Base' }, { properties: { value: { type: 'array', items: { $ref: '#/components/schemas/User' } } } }] },
        Base: { properties: { next: { type: 'string' } } },
        User: { allOf: [{ $ref: '#/components/schemas/Entity' }], properties: { manager: { $ref: '#/components/schemas/Manager' } } },
        Entity: { properties: { id: { type: 'string' } } },
        Manager: { properties: { user: { $ref: '#/components/schemas/User' } } },
      },
      refTargets: {},
    };
    const picked = pickSchemaRefs(body('#/components/schemas/Page'), model, { maxDepth: 2 });
    expect(picked.schemas.Page).toBe(model.schemas.Page);
    expect(picked.schemas.Base).toBe(model.schemas.Base);
    expect(picked.schemas.User).toBe(model.schemas.User);
    expect(picked.schemas.Entity).toBe(model.schemas.Entity);
    expect(picked.schemas.Manager).toBe(CUT_SCHEMA);
    expect(pickSchemaRefs(body('#/components/schemas/Page'), model).schemas.Manager).toBe(model.schemas.Manager);
  });

  it('keeps the slice of a Graph-shaped operation to tens of kilobytes', () => {
    const schemas: Record<string, unknown> = {};
    for (let e = 0; e < 200; e++) {
      const properties: Record<string, unknown> = {};
      for (let p = 0; p < 150; p++) {
        const other = `#/components/schemas/entity${(e * 13 + p) % 200}`;
        properties[`property${p}`] =
          p % 6 === 0 ? { type: 'array', items: { $ref: other }, description: 'Navigation property. Read-only. Nullable.' } : { type: 'string', nullable: true, description: 'The value. Supports $filter (eq, ne).' };
      }
      schemas[`entity${e}`] = { allOf: [{ $ref: '#/components/schemas/base' }, { type: 'object', properties }] };
    }
    schemas.base = { type: 'object', properties: { id: { type: 'string' } } };
    const model = { schemas: schemas as Record<string, never>, refTargets: {} };
    expect(JSON.stringify(pickSchemaRefs(body('#/components/schemas/entity0'), model)).length).toBeGreaterThan(1_000_000);
    const picked = pickSchemaRefs(body('#/components/schemas/entity0'), model, SLICE_LIMITS);
    const size = JSON.stringify(picked).length;
    expect(size).toBeLessThan(SLICE_LIMITS.maxChars + 20_000);
    expect(picked.schemas.entity0).toBe(schemas.entity0);
    expect(picked.schemas.base).toBe(schemas.base);
  });
});
