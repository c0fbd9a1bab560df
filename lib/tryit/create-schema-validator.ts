import { escapeToken } from '../openapi/pointer';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { JsonSchema } from '../openapi/types';
import { buildRefDocument, derefSchema, REF_DOCUMENT_ID } from './build-ref-document';
import type { SchemaRefs } from './types';

export interface SchemaError {
  /** JSON pointer into the instance, `''` for the value itself. */
  pointer: string;
  message: string;
}

export interface ValidatorOptions {
  /** Form values arrive as strings: coerce "5" to 5 and a lone value to a one-item array. */
  coerce: boolean;
  /** Required properties to forgive: readOnly ones in requests, writeOnly ones in responses. */
  ignore: 'readOnly' | 'writeOnly';
}

/** Returns the errors, or `undefined` when the schema cannot be compiled (e.g. a ref to nowhere). */
export type SchemaValidator = (schema: JsonSchema, data: unknown) => SchemaError[] | undefined;

const INT32 = { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 } as const;
const ANY = { type: 'string', validate: () => true } as const;

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `must be ${/^[aeiou]/.test(String(params.type)) ? 'an' : 'a'} ${String(params.type).replace(',', ' or ')}`;
    case 'enum':
      return `must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case 'pattern':
      return `must match the pattern ${String(params.pattern)}`;
    case 'format':
      return `must be a valid ${String(params.format)}`;
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not an allowed property';
    default:
      return error.message ?? `fails "${error.keyword}"`;
  }
}

function pointerOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return `${error.instancePath}/${escapeToken(String(params.missingProperty))}`;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${escapeToken(String(params.additionalProperty))}`;
  return error.instancePath;
}

/**
 * A validator bound to one model's schemas. Ajv (2020-12 dialect, the OAS 3.1
 * one) compiles each schema once per validator and resolves `$ref`s through a
 * document rebuilt from `refs`; recursion is handled by Ajv itself.
 * Create one per page or console and reuse it.
 */
export function createSchemaValidator(refs: SchemaRefs, options: ValidatorOptions): SchemaValidator {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    verbose: true,
    validateSchema: false,
    logger: false,
    coerceTypes: options.coerce ? 'array' : false,
  });
  addFormats(ajv);
  ajv.addFormat('int32', INT32);
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  for (const name of ['float', 'double']) ajv.addFormat(name, { type: 'number', validate: () => true });
  for (const name of ['byte', 'binary', 'password']) ajv.addFormat(name, ANY);
  ajv.addSchema(buildRefDocument(refs), REF_DOCUMENT_ID);

  const compiled = new Map<JsonSchema, ReturnType<typeof ajv.compile> | null>();
  return (schema, data) => {
    let validate = compiled.get(schema);
    if (validate === undefined) {
      try {
        validate = ajv.compile(anchorRefs(schema) as object);
      } catch {
        validate = null;
      }
      compiled.set(schema, validate);
    }
    if (validate === null) return undefined;
    if (validate(data)) return [];
    return (validate.errors ?? [])
      .filter((error) => !isForgiven(error, refs, options.ignore))
      .map((error) => ({ pointer: pointerOf(error), message: describe(error) }));
  };
}

// Keywords whose values are data, not schemas: a `$ref` key inside them is not a reference.
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'example', 'examples']);
// Keywords whose values map names to schemas (so a property named "enum" is still a schema).
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/**
 * Copies a schema with its `#/...` refs made absolute (`urn:portico:api#/...`),
 * so they resolve against the model document wherever the schema is compiled.
 */
function anchorRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchorRefs);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) out[key] = REF_DOCUMENT_ID + value;
    else if (DATA_KEYWORDS.has(key)) out[key] = value;
    else if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, anchorRefs(sub)]));
    }
    else out[key] = anchorRefs(value);
  }
  return out;
}

function isForgiven(error: ErrorObject, refs: SchemaRefs, ignore: 'readOnly' | 'writeOnly'): boolean {
  if (error.keyword !== 'required') return false;
  const parent = derefSchema(error.parentSchema as JsonSchema | undefined, refs);
  if (typeof parent !== 'object' || parent === null) return false;
  const properties = parent.properties as Record<string, JsonSchema> | undefined;
  const property = derefSchema(properties?.[String((error.params as Record<string, unknown>).missingProperty)], refs);
  return typeof property === 'object' && property !== null && property[ignore] === true;
}
