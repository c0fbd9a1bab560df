/**
 * Where a `$ref` refused by the ref boundary stood as a schema, the document holds
 * `{ [REFUSED_REF_KEY]: "<the $ref as written>" }` instead: pages show it as an
 * unresolved reference, and nothing of the target (never read) is anywhere.
 * No imports: client code reads it too.
 */
export const REFUSED_REF_KEY = 'x-portico-unresolved-ref';

/** Keys after which (or under which) a value is a schema: a refused ref there stays as a marked schema. */
const SCHEMA_VALUE_KEYS = new Set(['schema', 'items', 'not', 'additionalProperties', 'additionalItems', 'contains', 'if', 'then', 'else', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema']);
const SCHEMA_MAP_KEYS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SCHEMA_LIST_KEYS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);

/** Whether the value at these pointer tokens is a schema (a property, an item, a branch, a component schema...). */
export function isSchemaPosition(tokens: readonly string[]): boolean {
  const last = tokens[tokens.length - 1];
  const parent = tokens[tokens.length - 2];
  if (last === undefined) return false;
  if (SCHEMA_VALUE_KEYS.has(last)) return true;
  if (parent === undefined) return false;
  if (SCHEMA_MAP_KEYS.has(parent)) return true;
  if (parent === 'schemas' && tokens[tokens.length - 3] === 'components') return true;
  return /^\d+$/.test(last) && SCHEMA_LIST_KEYS.has(parent);
}

/** The refused `$ref` a schema stands for, if it is such a marker. */
export function refusedRefOf(schema: unknown): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const value = (schema as Record<string, unknown>)[REFUSED_REF_KEY];
  return typeof value === 'string' ? value : undefined;
}
