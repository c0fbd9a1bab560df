// Generates the synthetic OpenAPI document `npm run bench` builds: 1,000 operations over
// 40 tags (in 4 x-tagGroups), many parameters, deeply nested and recursive schemas,
// a discriminated oneOf, and enums with descriptions. Deterministic: same input, same spec.

const TAGS = 40;

function nested(depth, name) {
  if (depth === 0) return { type: 'string', description: `Leaf of ${name}.`, maxLength: 64, examples: ['leaf'] };
  return {
    type: 'object',
    description: `Level ${depth} of ${name}.`,
    required: ['label'],
    properties: {
      label: { type: 'string', minLength: 1, maxLength: 80 },
      weight: { type: ['number', 'null'], minimum: 0, maximum: 100 },
      flags: { type: 'array', items: { type: 'string', enum: ['a', 'b', 'c'] }, uniqueItems: true },
      child: nested(depth - 1, name),
    },
  };
}

function resourceSchemas(i) {
  const name = `Resource${i}`;
  return {
    [name]: {
      type: 'object',
      description: `A **resource** of kind ${i}. Resources nest, and may point to a parent resource.`,
      required: ['id', 'name', 'status'],
      properties: {
        id: { type: 'string', format: 'uuid', readOnly: true },
        name: { type: 'string', minLength: 1, maxLength: 120, examples: [`resource-${i}`] },
        status: {
          type: 'string',
          enum: ['active', 'paused', 'deleted'],
          'x-enumDescriptions': { active: 'In use.', paused: 'Kept, not billed.', deleted: 'Going away.' },
        },
        createdAt: { type: 'string', format: 'date-time', readOnly: true },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        metadata: nested(5, name),
        parts: { type: 'array', maxItems: 50, items: { $ref: `#/components/schemas/Part${i % 50}` } },
        target: { $ref: '#/components/schemas/Target' },
        parent: { oneOf: [{ $ref: `#/components/schemas/${name}` }, { type: 'null' }] },
      },
    },
  };
}

function sharedSchemas() {
  const schemas = {
    Error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'array', items: { $ref: '#/components/schemas/Error' } } } },
    Target: {
      oneOf: [{ $ref: '#/components/schemas/UrlTarget' }, { $ref: '#/components/schemas/QueueTarget' }, { $ref: '#/components/schemas/BucketTarget' }],
      discriminator: { propertyName: 'kind', mapping: { url: '#/components/schemas/UrlTarget', queue: '#/components/schemas/QueueTarget', bucket: '#/components/schemas/BucketTarget' } },
    },
    UrlTarget: { type: 'object', required: ['kind', 'url'], properties: { kind: { const: 'url' }, url: { type: 'string', format: 'uri' } } },
    QueueTarget: { type: 'object', required: ['kind', 'queue'], properties: { kind: { const: 'queue' }, queue: { type: 'string' }, retries: { type: 'integer', minimum: 0, maximum: 10, default: 3 } } },
    BucketTarget: { type: 'object', required: ['kind', 'bucket'], properties: { kind: { const: 'bucket' }, bucket: { type: 'string' }, prefix: { type: 'string', pattern: '^[a-z0-9/]*$' } } },
  };
  for (let p = 0; p < 50; p++) {
    schemas[`Part${p}`] = { allOf: [{ $ref: '#/components/schemas/PartBase' }, { type: 'object', properties: { [`extra${p}`]: nested(3, `Part${p}`) } }] };
  }
  schemas.PartBase = { type: 'object', required: ['sku'], properties: { sku: { type: 'string', pattern: '^[A-Z0-9-]+$' }, quantity: { type: 'integer', minimum: 1, default: 1 } } };
  return schemas;
}

function listParameters() {
  return [
    { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 20 }, description: 'Page size.' },
    { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'Opaque cursor from the previous page.' },
    { name: 'sort', in: 'query', schema: { type: 'string', enum: ['name', '-name', 'createdAt', '-createdAt'] } },
    { name: 'status', in: 'query', schema: { type: 'array', items: { type: 'string', enum: ['active', 'paused', 'deleted'] } }, style: 'form', explode: true },
    { name: 'q', in: 'query', schema: { type: 'string', minLength: 2, maxLength: 100 }, example: 'needle' },
    { name: 'createdAfter', in: 'query', schema: { type: 'string', format: 'date-time' } },
    { name: 'createdBefore', in: 'query', schema: { type: 'string', format: 'date-time' } },
    { name: 'include', in: 'query', schema: { type: 'array', items: { type: 'string' } }, style: 'form', explode: false },
    { name: 'X-Request-Id', in: 'header', schema: { type: 'string', format: 'uuid' } },
    { name: 'session', in: 'cookie', schema: { type: 'string' }, deprecated: true },
  ];
}

const errors = {
  '400': { description: 'Bad request.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
  '404': { description: 'Not found.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
};

/**
 * @param {{ operations?: number }} [options] operations to generate, rounded up to a multiple of 4 (default 1,000)
 * @returns {object} an OpenAPI 3.1 document
 */
export function generateSpec({ operations = 1000 } = {}) {
  const RESOURCES = Math.ceil(operations / 4);
  const paths = {};
  let schemas = sharedSchemas();
  for (let i = 0; i < RESOURCES; i++) {
    const tag = `Tag ${String(i % TAGS).padStart(2, '0')}`;
    const ref = { $ref: `#/components/schemas/Resource${i}` };
    schemas = { ...schemas, ...resourceSchemas(i) };
    const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
    paths[`/resources${i}`] = {
      get: { operationId: `listResources${i}`, tags: [tag], summary: `List resources of kind ${i}`, description: `Lists resources of kind ${i}, a page at a time.`, parameters: listParameters(), responses: { '200': { description: 'A page.', content: { 'application/json': { schema: { type: 'object', properties: { data: { type: 'array', items: ref }, next: { type: ['string', 'null'] } } } } } }, ...errors } },
      post: { operationId: `createResource${i}`, tags: [tag], summary: `Create a resource of kind ${i}`, requestBody: { required: true, content: { 'application/json': { schema: ref } } }, responses: { '201': { description: 'Created.', content: { 'application/json': { schema: ref } } }, ...errors } },
    };
    paths[`/resources${i}/{id}`] = {
      parameters: [idParam],
      get: { operationId: `getResource${i}`, tags: [tag], summary: `Get a resource of kind ${i}`, responses: { '200': { description: 'The resource.', content: { 'application/json': { schema: ref } } }, ...errors } },
      patch: { operationId: `updateResource${i}`, tags: [tag], summary: `Update a resource of kind ${i}`, deprecated: i % 10 === 0, requestBody: { content: { 'application/json': { schema: ref } } }, responses: { '200': { description: 'Updated.', content: { 'application/json': { schema: ref } } }, ...errors } },
    };
  }
  const tagNames = Array.from({ length: TAGS }, (_, t) => `Tag ${String(t).padStart(2, '0')}`);
  return {
    openapi: '3.1.0',
    info: { title: 'Synthetic 1,000-operation API', version: '1.0.0', description: 'Generated by `bench/generate-spec.mjs`.' },
    servers: [{ url: 'https://api.example.com/v1' }],
    security: [{ bearer: [] }],
    tags: tagNames.map((name) => ({ name, description: `Operations of ${name}.` })),
    'x-tagGroups': Array.from({ length: 4 }, (_, g) => ({ name: `Group ${g + 1}`, tags: tagNames.slice(g * 10, g * 10 + 10) })),
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas },
  };
}
