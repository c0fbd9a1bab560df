import { flattenSchema } from '../openapi/flatten-schema';
import type { JsonSchema, JsonSchemaObject, ParameterLocation, SchemaRefs } from '../openapi/types';

export type ScalarKind = 'text' | 'number' | 'integer' | 'enum' | 'boolean';

/** How the console renders one input; computed on the server so the client needs no schema walking. */
export interface FieldSpec {
  name: string;
  /** Where the value goes; `body` for the fields of a form body. */
  location: ParameterLocation | 'body';
  kind: ScalarKind | 'array' | 'object' | 'json' | 'file';
  required: boolean;
  deprecated?: boolean;
  /** Plain text (never rendered as HTML): the schema's or parameter's description, shortened. */
  description?: string;
  /** Enum values as text, for `enum` and arrays of enums. */
  options?: string[];
  /** For arrays: the items' kind. */
  item?: ScalarKind;
  /** Several files for a multipart array of binaries. */
  multiple?: boolean;
  /** e.g. `default: 20`, `e.g. sherlock`. */
  placeholder?: string;
  format?: string;
  /** Accepted file types for file inputs (`image/png, image/jpeg`). */
  accept?: string;
}

function primaryType(schema: JsonSchemaObject): string | undefined {
  const type = schema.type;
  if (Array.isArray(type)) return type.find((t) => t !== 'null') as string | undefined;
  return typeof type === 'string' ? type : undefined;
}

function enumOptions(schema: JsonSchemaObject): string[] | undefined {
  if (schema.const !== undefined && schema.const !== null) return [String(schema.const)];
  if (!Array.isArray(schema.enum)) return undefined;
  const values = schema.enum.filter((v) => v !== null).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return values.length > 0 ? values : undefined;
}

function scalarKind(schema: JsonSchemaObject): { kind: ScalarKind; options?: string[] } {
  const options = enumOptions(schema);
  if (options) return { kind: 'enum', options };
  const type = primaryType(schema);
  if (type === 'boolean') return { kind: 'boolean' };
  if (type === 'integer') return { kind: 'integer' };
  if (type === 'number') return { kind: 'number' };
  return { kind: 'text' };
}

/** Binary form parts become file inputs: OAS 3.0 `format: binary`, 3.1 `contentMediaType` / `contentEncoding`. */
export function isBinarySchema(schema: JsonSchemaObject): boolean {
  if (schema.format === 'binary') return true;
  const media = typeof schema.contentMediaType === 'string' ? schema.contentMediaType : undefined;
  if (media && !media.startsWith('text/') && !/json|xml/.test(media)) return true;
  return schema.contentEncoding === 'base64' || schema.contentEncoding === 'binary';
}

function shorten(text: unknown): string | undefined {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const plain = text.replace(/[`*_]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();
  return plain.length > 200 ? `${plain.slice(0, 197)}...` : plain;
}

export interface DescribeInput {
  name: string;
  location: FieldSpec['location'];
  required: boolean;
  schema?: JsonSchema;
  description?: string;
  deprecated?: boolean;
  example?: unknown;
}

/** Picks the input for a parameter or form field from its schema. */
export function describeField(input: DescribeInput, refs: SchemaRefs): FieldSpec {
  const schema = flattenSchema(input.schema, refs);
  const spec: FieldSpec = { name: input.name, location: input.location, kind: 'text', required: input.required };
  const description = shorten(input.description ?? schema.description);
  if (description) spec.description = description;
  if (input.deprecated) spec.deprecated = true;
  if (typeof schema.format === 'string') spec.format = schema.format;
  const type = primaryType(schema);
  if (input.location === 'body' && isBinarySchema(schema)) {
    spec.kind = 'file';
  } else if (type === 'array') {
    const items = flattenSchema(schema.items as JsonSchema | undefined, refs);
    if (input.location === 'body' && isBinarySchema(items)) {
      spec.kind = 'file';
      spec.multiple = true;
    } else {
      const item = scalarKind(items);
      spec.kind = 'array';
      spec.item = item.kind;
      if (item.options) spec.options = item.options;
    }
  } else if (type === 'object' || (type === undefined && schema.properties !== undefined)) {
    spec.kind = 'object';
  } else {
    const scalar = scalarKind(schema);
    spec.kind = scalar.kind;
    if (scalar.options) spec.options = scalar.options;
  }
  const example = input.example ?? (Array.isArray(schema.examples) ? schema.examples[0] : schema.example);
  if (schema.default !== undefined) spec.placeholder = `default: ${formatPlain(schema.default)}`;
  else if (example !== undefined && spec.kind !== 'file') spec.placeholder = `e.g. ${formatPlain(example)}`;
  return spec;
}

/** A value as form text: arrays joined by commas, objects as JSON. */
export function formatPlain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(formatPlain).join(', ');
  return JSON.stringify(value);
}
