import { describe, expect, it } from 'vitest';
import type { JsonSchema, MediaType } from '../openapi/types';
import type { SchemaRefs } from '../openapi/types';
import { cutSchemaRefs, exampleFor, SAMPLE_MAX_CHARS, SAMPLE_MAX_PROPERTIES, sampleFromSchema } from './sample-from-schema';

const model: SchemaRefs = {
  schemas: {
    User: {
      type: 'object',
      properties: {
        id: { type: 'integer', readOnly: true },
        name: { type: 'string', example: 'Ada' },
        password: { type: 'string', writeOnly: true },
        manager: { $ref: '#/components/schemas/User' },
        reports: { type: 'array', items: { $ref: '#/components/schemas/User' } },
      },
    },
  },
  refTargets: { '#/components/responses/Err/content/application~1json/schema': { type: 'object', properties: { code: { type: 'integer' } } } },
};

function depth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depth));
}

describe('sampleFromSchema', () => {
  it('skips readOnly in requests and writeOnly in responses', () => {
    const request = sampleFromSchema({ $ref: '#/components/schemas/User' }, model, { kind: 'request' }) as Record<string, unknown>;
    const response = sampleFromSchema({ $ref: '#/components/schemas/User' }, model, { kind: 'response' }) as Record<string, unknown>;
    expect(request.name).toBe('Ada');
    expect(request).not.toHaveProperty('id');
    expect(request).toHaveProperty('password');
    expect(response).toHaveProperty('id');
    expect(response).not.toHaveProperty('password');
  });

  it('stops on recursive schemas within the depth bound', () => {
    const value = sampleFromSchema({ $ref: '#/components/schemas/User' }, model, { kind: 'response', maxDepth: 3 });
    expect(depth(value)).toBeLessThanOrEqual(5);
    expect(JSON.stringify(value).length).toBeLessThan(2000);
  });

  it('follows refs to non-component targets and survives broken refs', () => {
    expect(sampleFromSchema({ $ref: '#/components/responses/Err/content/application~1json/schema' }, model, { kind: 'response' })).toEqual({ code: 0 });
    expect(sampleFromSchema({ $ref: '#/components/schemas/Nope' }, model, { kind: 'response' })).toBeUndefined();
  });
});

describe('exampleFor', () => {
  const media = (m: Partial<MediaType>): MediaType => ({ mediaType: 'application/json', examples: [], ...m });
  it('prefers the spec examples over generation', () => {
    expect(exampleFor(media({ schema: { type: 'string' }, examples: [{ name: 'hello', value: 'hi' }] }), model, 'request')).toEqual({
      value: 'hi',
      source: 'example',
      name: 'hello',
    });
  });
  it('generates from the schema otherwise, and says when there is nothing', () => {
    expect(exampleFor(media({ schema: { type: 'integer', minimum: 3 } }), model, 'request')).toEqual({ value: 3, source: 'schema' });
    expect(exampleFor(media({ examples: [{ name: 'ext', externalValue: 'https://x' }] }), model, 'request')).toEqual({ value: undefined, source: 'none' });
  });
});

describe('sample caps (Graph-shaped schemas)', () => {
  // 40 entities of 120 properties; every fifth property points at another entity, single or as a collection.
  const graph: SchemaRefs = { schemas: {}, refTargets: {} };
  for (let e = 0; e < 40; e++) {
    const properties: Record<string, unknown> = { '@odata.type': { type: 'string' } };
    for (let p = 0; p < 120; p++) {
      const other = `#/components/schemas/entity${(e * 7 + p) % 40}`;
      properties[`prop${p}`] =
        p % 10 === 0 ? { type: 'array', items: { $ref: other } } : p % 5 === 0 ? { anyOf: [{ $ref: other }, { type: 'object', nullable: true }] } : { type: 'string', nullable: true };
    }
    properties.status = { $ref: '#/components/schemas/status' };
    graph.schemas[`entity${e}`] = { allOf: [{ $ref: '#/components/schemas/base' }, { type: 'object', properties }] };
  }
  graph.schemas.base = { type: 'object', properties: { id: { type: 'string' } } };
  graph.schemas.status = { type: 'string', enum: ['active', 'inactive'] };

  it('keeps a sample of mutually referencing 120-property entities to a few kilobytes', () => {
    // Its speed is the benchmark's to measure (npm run bench -- --shape graph), not a timed test's.
    const value = sampleFromSchema({ $ref: '#/components/schemas/entity0' }, graph, { kind: 'response' }) as Record<string, unknown>;
    expect(JSON.stringify(value).length).toBeLessThanOrEqual(SAMPLE_MAX_CHARS);
    // The root's allOf base is there; objects are cut to their first properties, nested entities two levels down.
    expect(value).toHaveProperty('id');
    // Objects are cut to SAMPLE_MAX_PROPERTIES (required ones first).
    expect(Object.keys(value).length).toBeLessThanOrEqual(SAMPLE_MAX_PROPERTIES + 1); // per object: + the allOf base's id
    expect(value).toHaveProperty('prop0');
    expect(value).not.toHaveProperty('prop119');
    expect(value.prop10).toHaveLength(1); // arrays: one item
    // A required property is kept however far down the list it is; a scalar component is sampled.
    const own = ((graph.schemas.entity0 as { allOf: { properties: Record<string, unknown> }[] }).allOf[1]).properties;
    const withStatus = sampleFromSchema({ type: 'object', required: ['status'], properties: own } as JsonSchema, graph, { kind: 'response' }) as Record<string, unknown>;
    expect(withStatus.status).toBe('active');
  });

  it('goes two component levels deep when that stays small', () => {
    const small: SchemaRefs = {
      schemas: {
        Order: { type: 'object', properties: { customer: { $ref: '#/components/schemas/Customer' }, lines: { type: 'array', items: { $ref: '#/components/schemas/Line' } } } },
        Customer: { type: 'object', properties: { name: { type: 'string', example: 'Ada' }, address: { $ref: '#/components/schemas/Address' } } },
        Line: { type: 'object', properties: { sku: { type: 'string', example: 'A-1' } } },
        Address: { type: 'object', properties: { city: { type: 'string' } } },
      },
      refTargets: {},
    };
    const value = sampleFromSchema({ $ref: '#/components/schemas/Order' }, small, { kind: 'response' });
    expect(value).toEqual({ customer: { name: 'Ada', address: {} }, lines: [{ sku: 'A-1' }] });
    expect(sampleFromSchema({ $ref: '#/components/schemas/Order' }, small, { kind: 'response', maxRefDepth: 3 })).toEqual({
      customer: { name: 'Ada', address: { city: 'Springfield' } },
      lines: [{ sku: 'A-1' }],
    });
  });

  it('cuts refs without touching the model', () => {
    const before = JSON.stringify(graph.schemas.entity0);
    const cut = cutSchemaRefs({ $ref: '#/components/schemas/entity0' }, graph, 1);
    expect(JSON.stringify(cut)).not.toContain('$ref');
    expect(JSON.stringify(graph.schemas.entity0)).toBe(before);
  });
});
