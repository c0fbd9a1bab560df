import { describe, expect, it } from 'vitest';
import { upgradeSchema } from './upgrade-schema';

const upgraded = (schema: Record<string, unknown>, options?: { keepExample?: boolean }) => {
  upgradeSchema(schema, options);
  return schema;
};

describe('upgradeSchema (3.0 -> 3.1)', () => {
  it('turns nullable into a type array, adding null to enum and unions', () => {
    expect(upgraded({ type: 'integer', nullable: true })).toEqual({ type: ['integer', 'null'] });
    expect(upgraded({ type: 'string', enum: ['a'], nullable: true })).toEqual({ type: ['string', 'null'], enum: ['a', null] });
    expect(upgraded({ oneOf: [{ type: 'string' }], nullable: true })).toEqual({ oneOf: [{ type: 'string' }, { type: 'null' }] });
    expect(upgraded({ type: 'string', nullable: false })).toEqual({ type: 'string' });
    expect(upgraded({ allOf: [{ $ref: '#/components/schemas/A' }], nullable: true, description: 'd' })).toEqual({
      anyOf: [{ allOf: [{ $ref: '#/components/schemas/A' }] }, { type: 'null' }],
      description: 'd',
    });
  });

  it('moves example to examples and fixes boolean exclusive bounds', () => {
    expect(upgraded({ example: 1, minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false })).toEqual({ examples: [1], exclusiveMinimum: 0, maximum: 9 });
    expect(upgraded({ example: 1 }, { keepExample: true })).toEqual({ example: 1, examples: [1] });
  });

  it('is idempotent', () => {
    const once = upgraded({ type: 'string', nullable: true, example: 'x', minimum: 1, exclusiveMinimum: true });
    expect(upgraded(structuredClone(once))).toEqual(once);
  });
});
