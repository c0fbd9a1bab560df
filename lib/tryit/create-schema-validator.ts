import { escapeToken, isObject } from '../openapi/pointer';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { JsonSchema } from '../openapi/types';
import { buildRefDocument, derefSchema, REF_DOCUMENT_ID } from '../openapi/ref-document';
import type { SchemaRefs } from '../openapi/types';

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

function describe(error: ErrorObject, refs: SchemaRefs): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'discriminator': {
      const values = tagValues(error.parentSchema, String(params.tag), refs);
      return values.length > 0 ? `must be one of: ${values.map((v) => JSON.stringify(v)).join(', ')}` : 'does not match any documented shape';
    }
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
  if (error.keyword === 'discriminator') return `${error.instancePath}/${escapeToken(String(params.tag))}`;
  return error.instancePath;
}

function newAjv(options: ValidatorOptions, discriminator: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    verbose: true,
    validateSchema: false,
    logger: false,
    discriminator,
    coerceTypes: options.coerce ? 'array' : false,
  });
  addFormats(ajv);
  ajv.addFormat('int32', INT32);
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  for (const name of ['float', 'double']) ajv.addFormat(name, { type: 'number', validate: () => true });
  for (const name of ['byte', 'binary', 'password']) ajv.addFormat(name, ANY);
  return ajv;
}

type Compiled = ReturnType<Ajv2020['compile']>;

/**
 * A validator bound to one model's schemas. Ajv (2020-12 dialect, the OAS 3.1
 * one) compiles each schema once per validator and resolves `$ref`s through a
 * document rebuilt from `refs`; recursion is handled by Ajv itself.
 * Errors are condensed for people: a `discriminator` picks the one oneOf branch
 * to report on, other oneOf/anyOf failures report the closest branch only, and
 * each field gets at most one message.
 * Create one per page or console and reuse it.
 */
export function createSchemaValidator(refs: SchemaRefs, options: ValidatorOptions): SchemaValidator {
  const document = anchorRefs(buildRefDocument(refs)) as object;
  // Ajv honours a discriminator only when every branch declares the tag as a required const/enum and
  // refuses to compile otherwise; such schemas are checked again without it (closest branch instead).
  const engines: Ajv2020[] = [];
  const engine = (index: 0 | 1): Ajv2020 => {
    if (!engines[index]) {
      engines[index] = newAjv(options, index === 0);
      engines[index].addSchema(document, REF_DOCUMENT_ID);
    }
    return engines[index];
  };
  const compiled = new Map<unknown, Compiled | null>();
  const compile = (schema: unknown): Compiled | null => {
    let validate = compiled.get(schema);
    if (validate !== undefined) return validate;
    validate = null;
    for (const index of [0, 1] as const) {
      try {
        validate = engine(index).compile(anchorRefs(schema) as object);
        break;
      } catch {
        // Try the next engine; a schema neither compiles is not checked (e.g. a ref to nowhere).
      }
    }
    compiled.set(schema, validate);
    return validate;
  };
  const rawErrors = (schema: unknown, data: unknown, at: string): ErrorObject[] | undefined => {
    const validate = compile(schema);
    if (validate === null) return undefined;
    if (validate(data)) return [];
    const errors = (validate.errors ?? []).map((error) => ({ ...error, instancePath: at + error.instancePath }));
    return condenseBranches(errors, (branch, value, path) => rawErrors(branch, value, path) ?? []);
  };
  return (schema, data) => {
    const errors = rawErrors(schema, data, '');
    if (errors === undefined) return undefined;
    const seen = new Set<string>();
    const out: SchemaError[] = [];
    for (const error of errors) {
      if (isForgiven(error, refs, options.ignore)) continue;
      const pointer = pointerOf(error);
      if (seen.has(pointer)) continue;
      seen.add(pointer);
      out.push({ pointer, message: describe(error, refs) });
    }
    return out;
  };
}

/**
 * Replaces what every branch of a failed oneOf/anyOf said with what the
 * closest branch (fewest problems) says: "binding is required" for the print
 * shape, not thirteen messages from three shapes.
 */
function condenseBranches(errors: ErrorObject[], branchErrors: (branch: unknown, data: unknown, at: string) => ErrorObject[]): ErrorObject[] {
  let result = errors;
  for (const error of errors) {
    if ((error.keyword !== 'oneOf' && error.keyword !== 'anyOf') || !Array.isArray(error.schema)) continue;
    const perBranch = error.schema.map((branch: unknown) => branchErrors(branch, error.data, error.instancePath));
    const best = perBranch.reduce((min, list, i) => (list.length < perBranch[min].length ? i : min), 0);
    // No branch fails on its own: several matched a oneOf, and the oneOf message itself is the news.
    if (perBranch[best].length === 0) continue;
    const said = new Set(perBranch.flat().map(errorKey));
    result = [...result.filter((e) => e !== error && !said.has(errorKey(e))), ...perBranch[best]];
  }
  return result;
}

const errorKey = (error: ErrorObject): string => `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;

/** The values a discriminator tag may take, read from the branches' `const`/`enum`. */
function tagValues(parent: unknown, tag: string, refs: SchemaRefs): unknown[] {
  if (!isObject(parent)) return [];
  const branches = (parent.oneOf ?? parent.anyOf) as unknown[] | undefined;
  return (branches ?? []).flatMap((branch) => {
    const schema = derefAnchored(branch, refs);
    const property = isObject(schema) && isObject(schema.properties) ? schema.properties[tag] : undefined;
    if (!isObject(property)) return [];
    return property.const !== undefined ? [property.const] : Array.isArray(property.enum) ? property.enum : [];
  });
}

// Keywords whose values are data, not schemas: a `$ref` key inside them is not a reference.
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'example', 'examples']);
// Keywords whose values map names to schemas (so a property named "enum" is still a schema).
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/**
 * Copies a schema with its `#/...` refs made absolute (`urn:portico:api#/...`),
 * so they resolve against the model document wherever the schema is compiled,
 * and its discriminators in the form Ajv takes.
 */
function anchorRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchorRefs);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) out[key] = REF_DOCUMENT_ID + value;
    // Ajv derives the tag values from the branches and refuses an explicit mapping.
    else if (key === 'discriminator' && isObject(value)) out[key] = { propertyName: value.propertyName };
    else if (DATA_KEYWORDS.has(key)) out[key] = value;
    else if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, anchorRefs(sub)]));
    }
    else out[key] = anchorRefs(value);
  }
  return out;
}

/** Follows a ref as this module rewrote it (`urn:portico:api#/...`) or as the model has it (`#/...`). */
function derefAnchored(schema: unknown, refs: SchemaRefs): JsonSchema | undefined {
  const local = isObject(schema) && typeof schema.$ref === 'string' ? { ...schema, $ref: schema.$ref.replace(REF_DOCUMENT_ID, '') } : schema;
  return derefSchema(local as JsonSchema | undefined, refs);
}

function isForgiven(error: ErrorObject, refs: SchemaRefs, ignore: 'readOnly' | 'writeOnly'): boolean {
  if (error.keyword !== 'required') return false;
  const parent = derefAnchored(error.parentSchema, refs);
  if (typeof parent !== 'object' || parent === null) return false;
  const properties = parent.properties as Record<string, JsonSchema> | undefined;
  const property = derefAnchored(properties?.[String((error.params as Record<string, unknown>).missingProperty)], refs);
  return typeof property === 'object' && property !== null && property[ignore] === true;
}
