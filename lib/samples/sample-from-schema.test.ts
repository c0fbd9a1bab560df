import { describe, expect, it } from 'vitest';
import type { MediaType } from '../openapi/types';
import type { SchemaRefs } from '../tryit/types';
import { exampleFor, sampleFromSchema } from './sample-from-schema';

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
