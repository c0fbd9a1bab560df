import { isObject } from './pointer';
import type { JsonSchema } from './types';

const SINGLE = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames',
  'unevaluatedItems', 'unevaluatedProperties', 'additionalItems', 'contentSchema'] as const;
const LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;

export interface SchemaChild {
  /** Path from the parent schema, e.g. `['properties', 'name']`. */
  tokens: string[];
  schema: JsonSchema;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'boolean' || isObject(value);
}

/** The direct subschemas of a schema (JSON Schema 2020-12 plus draft-04 leftovers). */
export function schemaChildren(schema: JsonSchema): SchemaChild[] {
  if (!isObject(schema)) return [];
  const out: SchemaChild[] = [];
  for (const key of SINGLE) {
    const value = schema[key];
    if (isSchema(value)) out.push({ tokens: [key], schema: value });
    // `items` as an array is draft-04 tuple syntax.
    else if (key === 'items' && Array.isArray(value)) value.forEach((s, i) => isSchema(s) && out.push({ tokens: [key, String(i)], schema: s }));
  }
  for (const key of LISTS) {
    const value = schema[key];
    if (Array.isArray(value)) value.forEach((s, i) => isSchema(s) && out.push({ tokens: [key, String(i)], schema: s }));
  }
  for (const key of MAPS) {
    const value = schema[key];
    if (isObject(value)) for (const [name, s] of Object.entries(value)) if (isSchema(s)) out.push({ tokens: [key, name], schema: s });
  }
  return out;
}
