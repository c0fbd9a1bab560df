import { derefShallow } from './resolve';
import type { JsonSchema, JsonSchemaObject, SchemaRefs } from './types';

/** Follows refs and merges `allOf` parts shallowly (properties, required, type), enough to pick an input. */
export function flattenSchema(schema: JsonSchema | undefined, refs: SchemaRefs, depth = 0): JsonSchemaObject {
  if (schema === undefined || typeof schema === 'boolean' || depth > 8) return {};
  const resolved = derefShallow(refs, schema).schema;
  if (typeof resolved === 'boolean') return {};
  const { allOf, ...rest } = resolved as JsonSchemaObject & { allOf?: JsonSchema[] };
  if (!Array.isArray(allOf)) return rest;
  const merged: JsonSchemaObject = {};
  const properties: Record<string, JsonSchema> = {};
  const required = new Set<string>();
  for (const part of [...allOf.map((p) => flattenSchema(p, refs, depth + 1)), rest]) {
    for (const [key, value] of Object.entries(part)) if (key !== 'properties' && key !== 'required') merged[key] = value;
    Object.assign(properties, part.properties as Record<string, JsonSchema> | undefined);
    for (const name of (part.required as string[] | undefined) ?? []) required.add(name);
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  return merged;
}
