import type { SchemaRefs } from '../../openapi/types';

/** A small model slice with a recursive schema and a ref into `#/paths/...`. */
export const refs: SchemaRefs = {
  schemas: {
    Status: { type: 'string', enum: ['open', 'closed'] },
    Book: {
      type: 'object',
      required: ['id', 'title', 'secret'],
      properties: {
        id: { type: 'integer', readOnly: true },
        title: { type: 'string', minLength: 1 },
        isbn: { type: 'string', pattern: '^[0-9-]{10,17}$' },
        status: { $ref: '#/components/schemas/Status' },
        secret: { type: 'string', writeOnly: true },
      },
      additionalProperties: false,
    },
    Category: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Category' } } },
    },
  },
  refTargets: {
    '#/components/parameters/limit/schema': { type: 'integer', minimum: 1, maximum: 100 },
  },
};
