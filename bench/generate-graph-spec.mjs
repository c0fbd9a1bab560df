// Generates a Microsoft Graph-shaped OpenAPI 3.0 document for `node bench/run.mjs --shape graph`:
// entity types of 50-150 properties that reference each other (single and collection navigation
// properties, so `$ref` cycles everywhere), all deriving from `microsoft.graph.entity` through
// `allOf`, OData collections `{ value: array of $ref, @odata.nextLink, @odata.count }`, OData query
// parameters ($select/$expand with every property name as an enum), and errors shared through
// `components/responses`. Deterministic: the same operation count gives the same document.

const NS = 'microsoft.graph';
const ref = (name) => ({ $ref: `#/components/schemas/${name}` });

/** A small seeded PRNG (mulberry32): the spec is the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['account', 'activity', 'address', 'approval', 'assignment', 'attachment', 'audit', 'calendar', 'category', 'channel', 'chat', 'contact', 'device', 'directory', 'domain', 'drive', 'event', 'extension', 'folder', 'group', 'identity', 'item', 'license', 'list', 'mail', 'member', 'message', 'note', 'notebook', 'permission', 'photo', 'place', 'plan', 'policy', 'presence', 'print', 'project', 'report', 'role', 'room', 'schedule', 'section', 'setting', 'share', 'site', 'subscription', 'task', 'team', 'template', 'thread', 'user', 'version', 'workbook'];
const SUFFIXES = ['', 'Item', 'Setting', 'Assignment', 'Definition', 'Request', 'State', 'Summary'];

function entityNames(count) {
  const names = [];
  for (let i = 0; names.length < count; i++) {
    const word = WORDS[i % WORDS.length];
    const suffix = SUFFIXES[Math.floor(i / WORDS.length) % SUFFIXES.length];
    const round = Math.floor(i / (WORDS.length * SUFFIXES.length));
    names.push(`${word}${suffix}${round > 0 ? round : ''}`);
  }
  return names;
}

const cap = (word) => word[0].toUpperCase() + word.slice(1);

/** One entity type: 50-150 properties, a fifth of them navigation properties to other entities. */
function entitySchema(index, names, rand) {
  const name = names[index];
  const count = 50 + Math.floor(rand() * 101);
  const properties = {};
  for (let p = 0; p < count; p++) {
    const kind = rand();
    const other = names[Math.floor(rand() * names.length)];
    const prop = `${WORDS[p % WORDS.length]}${p >= WORDS.length ? cap(SUFFIXES[Math.floor(p / WORDS.length) % SUFFIXES.length] || 'Value') + Math.floor(p / WORDS.length) : ''}`;
    if (kind < 0.12) {
      properties[prop] = { type: 'array', items: ref(`${NS}.${other}`), description: `The ${other} items of this ${name}. Read-only. Nullable. Supports $expand.`, 'x-ms-navigationProperty': true };
    } else if (kind < 0.2) {
      properties[prop] = { anyOf: [ref(`${NS}.${other}`), { type: 'object', nullable: true }], description: `The ${other} this ${name} belongs to. Read-only.`, 'x-ms-navigationProperty': true };
    } else if (kind < 0.3) {
      properties[prop] = { type: 'string', format: 'date-time', nullable: true, description: `When the ${prop} of the ${name} last changed. The Timestamp type represents date and time information using ISO 8601 format and is always in UTC time.`, pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$' };
    } else if (kind < 0.38) {
      properties[prop] = { type: 'array', items: { type: 'string', nullable: true }, description: `The ${prop} values. Supports $filter (eq, not, ge, le, startsWith).` };
    } else if (kind < 0.45) {
      properties[prop] = { anyOf: [ref(`${NS}.${WORDS[p % WORDS.length]}Status`), { type: 'object', nullable: true }], description: `The status of the ${prop}.` };
    } else if (kind < 0.55) {
      properties[prop] = { type: 'integer', format: 'int32', maximum: 2147483647, minimum: -2147483648, nullable: true, description: `The number of ${prop}s.` };
    } else if (kind < 0.62) {
      properties[prop] = { type: 'boolean', nullable: true, description: `true if the ${name} is ${prop}. Supports $filter (eq, ne, not).` };
    } else {
      properties[prop] = { type: 'string', nullable: true, description: `The ${prop} of the ${name}. Maximum length is 256 characters. Returned by default. Supports $filter (eq, ne, not, ge, le, in, startsWith).` };
    }
  }
  properties['@odata.type'] = { type: 'string' };
  return {
    allOf: [ref(`${NS}.entity`), { title: name, required: ['@odata.type'], type: 'object', properties }],
    description: `Represents a ${name} in the directory. Inherits from entity. This resource supports delta queries and extensions.`,
  };
}

function statusSchemas() {
  const out = {};
  for (const word of WORDS) {
    out[`${NS}.${word}Status`] = { title: `${word}Status`, enum: ['unknown', 'active', 'inactive', 'pending', 'unknownFutureValue'], type: 'string', description: `The status of a ${word}.` };
  }
  return out;
}

function sharedSchemas() {
  return {
    [`${NS}.entity`]: { title: 'entity', required: ['@odata.type'], type: 'object', properties: { id: { type: 'string', description: 'The unique identifier for an entity. Read-only.' }, '@odata.type': { type: 'string' } } },
    BaseCollectionPaginationCountResponse: { title: 'Base collection pagination and count responses', type: 'object', properties: { '@odata.count': { type: 'integer', format: 'int64', nullable: true }, '@odata.nextLink': { type: 'string', nullable: true } } },
    'microsoft.graph.ODataErrors.ODataError': { required: ['error'], type: 'object', properties: { error: ref('microsoft.graph.ODataErrors.MainError') } },
    'microsoft.graph.ODataErrors.MainError': {
      required: ['code', 'message'],
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string', 'x-ms-primary-error-message': true },
        target: { type: 'string', nullable: true },
        details: { type: 'array', items: ref('microsoft.graph.ODataErrors.ErrorDetails') },
        innerError: ref('microsoft.graph.ODataErrors.InnerError'),
      },
    },
    'microsoft.graph.ODataErrors.ErrorDetails': { required: ['code', 'message'], type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, target: { type: 'string', nullable: true } } },
    'microsoft.graph.ODataErrors.InnerError': { type: 'object', properties: { 'request-id': { type: 'string', nullable: true }, 'client-request-id': { type: 'string', nullable: true }, date: { type: 'string', format: 'date-time', nullable: true } } },
  };
}

function queryParameters(properties) {
  const names = Object.keys(properties);
  return [
    { name: '$top', in: 'query', description: 'Show only the first n items', style: 'form', explode: false, schema: { minimum: 0, type: 'integer' }, example: 50 },
    { name: '$skip', in: 'query', description: 'Skip the first n items', style: 'form', explode: false, schema: { minimum: 0, type: 'integer' } },
    { name: '$search', in: 'query', description: 'Search items by search phrases', style: 'form', explode: false, schema: { type: 'string' } },
    { name: '$filter', in: 'query', description: 'Filter items by property values', style: 'form', explode: false, schema: { type: 'string' } },
    { name: '$count', in: 'query', description: 'Include count of items', style: 'form', explode: false, schema: { type: 'boolean' } },
    { name: '$orderby', in: 'query', description: 'Order items by property values', style: 'form', explode: false, schema: { uniqueItems: true, type: 'array', items: { enum: names.flatMap((n) => [n, `${n} desc`]), type: 'string' } } },
    { name: '$select', in: 'query', description: 'Select properties to be returned', style: 'form', explode: false, schema: { uniqueItems: true, type: 'array', items: { enum: names, type: 'string' } } },
    { name: '$expand', in: 'query', description: 'Expand related entities', style: 'form', explode: false, schema: { uniqueItems: true, type: 'array', items: { enum: ['*', ...names], type: 'string' } } },
  ];
}

/**
 * @param {{ operations?: number }} [options] the number of operations to generate (default 1,000)
 * @returns {object} an OpenAPI 3.0 document
 */
export function generateGraphSpec({ operations = 1000 } = {}) {
  const rand = random(20260101);
  // Graph has ~2,000 entity types for ~15,000 operations: one per seven or so, and at least 40.
  const names = entityNames(Math.max(40, Math.ceil(operations / 7)));
  const schemas = { ...sharedSchemas(), ...statusSchemas() };
  for (let i = 0; i < names.length; i++) {
    schemas[`${NS}.${names[i]}`] = entitySchema(i, names, rand);
    schemas[`${NS}.${names[i]}CollectionResponse`] = {
      title: `Collection of ${names[i]}`,
      type: 'object',
      allOf: [ref('BaseCollectionPaginationCountResponse'), { type: 'object', properties: { value: { type: 'array', items: ref(`${NS}.${names[i]}`) } } }],
    };
  }
  const errors = { '4XX': { $ref: '#/components/responses/error' }, '5XX': { $ref: '#/components/responses/error' } };
  const paths = {};
  let made = 0;
  const add = (path, method, operation) => {
    if (made >= operations) return;
    (paths[path] ??= {})[method] = operation;
    made += 1;
  };
  for (let round = 0; made < operations; round++) {
    for (let i = 0; i < names.length && made < operations; i++) {
      const name = names[i];
      const entity = ref(`${NS}.${name}`);
      const collection = ref(`${NS}.${name}CollectionResponse`);
      const own = schemas[`${NS}.${name}`].allOf[1].properties;
      const tag = `${name}s.${name}`;
      const id = { name: `${name}-id`, in: 'path', description: `The unique identifier of ${name}`, required: true, schema: { type: 'string' }, 'x-ms-docs-key-type': name };
      const base = round === 0 ? `/${name}s` : `/${names[(i + round) % names.length]}s/{parent-id}/${name}s${round}`;
      const parent = round === 0 ? [] : [{ name: 'parent-id', in: 'path', required: true, schema: { type: 'string' } }];
      const json = (schema) => ({ content: { 'application/json': { schema } } });
      add(base, 'get', { tags: [tag], summary: `List ${name}s${round ? ` (${round})` : ''}`, description: `Get a list of the ${name} objects and their properties.`, operationId: `${name}s.${name}.List${cap(name)}${round || ''}`, parameters: [...parent, ...queryParameters(own)], responses: { '200': { description: 'Retrieved collection', ...json(collection) }, ...errors } });
      add(base, 'post', { tags: [tag], summary: `Create ${name}${round ? ` (${round})` : ''}`, operationId: `${name}s.${name}.Create${cap(name)}${round || ''}`, parameters: parent, requestBody: { description: 'New entity', required: true, ...json(entity) }, responses: { '201': { description: 'Created entity', ...json(entity) }, ...errors } });
      const item = `${base}/{${name}-id}`;
      add(item, 'get', { tags: [tag], summary: `Get ${name}${round ? ` (${round})` : ''}`, operationId: `${name}s.${name}.Get${cap(name)}${round || ''}`, parameters: [...parent, id, ...queryParameters(own).slice(6)], responses: { '200': { description: 'Retrieved entity', ...json(entity) }, ...errors } });
      add(item, 'patch', { tags: [tag], summary: `Update ${name}${round ? ` (${round})` : ''}`, operationId: `${name}s.${name}.Update${cap(name)}${round || ''}`, parameters: [...parent, id], requestBody: { description: 'New property values', required: true, ...json(entity) }, responses: { '204': { description: 'Success' }, ...errors } });
      add(item, 'delete', { tags: [tag], summary: `Delete ${name}${round ? ` (${round})` : ''}`, operationId: `${name}s.${name}.Delete${cap(name)}${round || ''}`, parameters: [...parent, id, { name: 'If-Match', in: 'header', description: 'ETag', schema: { type: 'string' } }], responses: { '204': { description: 'Success' }, ...errors } });
      // Navigation: the first collection-valued property as its own list operation.
      const nav = Object.entries(own).find(([, schema]) => schema.type === 'array' && schema.items?.$ref);
      if (nav) {
        const target = nav[1].items.$ref.split('/').pop();
        add(`${item}/${nav[0]}`, 'get', { tags: [tag], summary: `List ${nav[0]} of ${name}${round ? ` (${round})` : ''}`, operationId: `${name}s.List${cap(nav[0])}${round || ''}`, parameters: [...parent, id, ...queryParameters(schemas[target].allOf[1].properties).slice(0, 6)], responses: { '200': { description: 'Retrieved navigation property', ...json(ref(`${target}CollectionResponse`)) }, ...errors } });
      }
    }
  }
  return {
    openapi: '3.0.4',
    info: { title: `Graph-shaped ${operations}-operation API`, version: 'v1.0', description: 'Generated by `bench/generate-graph-spec.mjs`: Microsoft Graph\'s shapes at any size.' },
    servers: [{ url: 'https://graph.microsoft.com/v1.0/', description: 'Core' }],
    security: [{ azureaadv2: [] }],
    paths,
    components: {
      schemas,
      responses: { error: { description: 'error', content: { 'application/json': { schema: ref('microsoft.graph.ODataErrors.ODataError') } } } },
      securitySchemes: { azureaadv2: { type: 'oauth2', flows: { authorizationCode: { authorizationUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize', tokenUrl: 'https://login.microsoftonline.com/common/oauth2/v2.0/token', scopes: {} } } } },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const operations = Number(process.argv[2] ?? 1000);
  process.stdout.write(JSON.stringify(generateGraphSpec({ operations })));
}
