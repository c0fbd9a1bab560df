type Obj = Record<string, unknown>;

function addNullType(schema: Obj): void {
  const type = schema.type;
  if (typeof type === 'string') schema.type = type === 'null' ? type : [type, 'null'];
  else if (Array.isArray(type) && !type.includes('null')) schema.type = [...type, 'null'];
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  if (type !== undefined) return;
  // Without a `type`, 3.0.3 says `nullable` does nothing, but authors mean "or null": put it in a union.
  const unions = (['oneOf', 'anyOf'] as const).filter((key) => Array.isArray(schema[key]));
  for (const key of unions) {
    const list = schema[key] as unknown[];
    if (!list.some((s) => (s as Obj | null)?.type === 'null')) schema[key] = [...list, { type: 'null' }];
  }
  // `allOf: [$ref], nullable: true` (a nullable reference, the common 3.0 idiom) becomes `anyOf: [{allOf}, null]`.
  if (unions.length === 0 && Array.isArray(schema.allOf)) {
    schema.anyOf = [{ allOf: schema.allOf }, { type: 'null' }];
    delete schema.allOf;
  }
}

function upgradeExclusive(schema: Obj, exclusive: 'exclusiveMinimum' | 'exclusiveMaximum', bound: 'minimum' | 'maximum'): void {
  const flag = schema[exclusive];
  if (typeof flag !== 'boolean') return;
  if (flag && typeof schema[bound] === 'number') {
    schema[exclusive] = schema[bound];
    delete schema[bound];
  } else {
    delete schema[exclusive];
  }
}

/**
 * Rewrites one OpenAPI 3.0 schema object in place to 3.1 (JSON Schema 2020-12)
 * semantics. Idempotent, and it does not descend: the caller walks subschemas.
 *
 * - `nullable: true` -> `"null"` added to `type` (and to `enum`, which would otherwise reject null);
 *   without a `type`, a `null` option added to `oneOf`/`anyOf`, or `allOf` wrapped in `anyOf: [.., null]`
 * - `example` -> `examples: [example]` (`example` stays when `keepExample`: a ref points into it)
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` -> the numeric bound
 *
 * @example upgradeSchema({ type: 'string', nullable: true }) // -> { type: ['string', 'null'] }
 */
export function upgradeSchema(schema: Obj, options: { keepExample?: boolean } = {}): void {
  if ('nullable' in schema) {
    if (schema.nullable === true) addNullType(schema);
    delete schema.nullable;
  }
  if ('example' in schema) {
    if (!Array.isArray(schema.examples)) schema.examples = [schema.example];
    // A `$ref` may point at the example itself; 3.1 still allows `example` (deprecated).
    if (!options.keepExample) delete schema.example;
  }
  upgradeExclusive(schema, 'exclusiveMinimum', 'minimum');
  upgradeExclusive(schema, 'exclusiveMaximum', 'maximum');
}
