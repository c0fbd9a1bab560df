type Obj = Record<string, unknown>;

export interface SchemaTypeInfo {
  /** The types without `null`, e.g. `['string']`; empty when the schema does not say. */
  types: string[];
  nullable: boolean;
}

function typeOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * The declared (or evident) types of a schema, with `null` split off into
 * `nullable`. Reads `type` (string or list), 3.0's `nullable`, and infers from
 * `properties`, `items`, `enum` and `const` when `type` is missing.
 */
export function readSchemaTypes(schema: Obj): SchemaTypeInfo {
  const declared = Array.isArray(schema.type) ? schema.type.filter((t): t is string => typeof t === 'string') : typeof schema.type === 'string' ? [schema.type] : [];
  let types = declared;
  if (types.length === 0) {
    if (schema.properties || schema.additionalProperties !== undefined || schema.patternProperties) types = ['object'];
    else if (schema.items !== undefined || schema.prefixItems !== undefined) types = ['array'];
    else if (Array.isArray(schema.enum)) types = [...new Set(schema.enum.map(typeOfValue))];
    else if ('const' in schema) types = [typeOfValue(schema.const)];
  }
  const nullable = types.includes('null') || schema.nullable === true;
  return { types: types.filter((t) => t !== 'null'), nullable };
}

/**
 * A short type label: `string<date-time>`, `array<Book>`, `integer | string`.
 * `itemLabel` is the label of the array's items (their component name or type).
 */
export function describeSchemaType(schema: Obj, itemLabel?: string): string {
  const { types } = readSchemaTypes(schema);
  const format = typeof schema.format === 'string' ? schema.format : undefined;
  const labels = types.map((type) => {
    if (type === 'array') return itemLabel ? `array<${itemLabel}>` : 'array';
    return format && types.length === 1 ? `${type}<${format}>` : type;
  });
  if (labels.length > 0) return labels.join(' | ');
  if (Array.isArray(schema.oneOf)) return 'one of';
  if (Array.isArray(schema.anyOf)) return 'any of';
  if (format) return `<${format}>`;
  return 'any';
}
