import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isObject } from '../openapi/pointer';
import type { SpecDocument } from './types';

/**
 * How a value is checked:
 * - `params`: query/path/header strings are coerced to the schema's types; defaults are filled in.
 * - `body`: a JSON body for a create/replace; defaults are filled in.
 * - `patch`: a partial update; no defaults, or absent fields would be overwritten.
 * - `response`: nothing is changed.
 */
export type CheckMode = 'params' | 'body' | 'patch' | 'response';

export interface SchemaChecker {
  /** Validates `value` against a schema taken from the spec; may coerce/fill `value` in place (see `CheckMode`). */
  check(mode: CheckMode, schema: unknown, value: unknown): ErrorObject[];
  /** The prepared component schema a `$ref` of a checked schema points to (for error messages). */
  resolveComponent(ref: string): Record<string, unknown> | undefined;
}

const COMPONENTS_ID = 'https://portico.invalid/demo-api/components';
const COMPONENT_REF = '#/components/schemas/';
const SCHEMA_KEYWORDS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'contentSchema'];
const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
/** OpenAPI annotations that are not JSON Schema keywords; Ajv's strict mode would reject them. */
const OPENAPI_ONLY_KEYWORDS = ['example', 'xml', 'externalDocs'];

// ajv-formats is CommonJS; depending on the loader its default export is the function or a namespace holding it.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule);

/**
 * Compiles the spec's own schemas with Ajv (JSON Schema 2020-12, as OpenAPI 3.1 uses),
 * so that the demo API validates exactly what the reference pages document.
 */
export function createSchemaChecker(doc: SpecDocument): SchemaChecker {
  const components = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const defs: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(components)) defs[name] = prepareSchema(schema, `${COMPONENT_REF}${name}`);
  const instances = new Map<CheckMode, { ajv: Ajv2020; cache: WeakMap<object, ValidateFunction> }>();

  function instance(mode: CheckMode) {
    let entry = instances.get(mode);
    if (!entry) {
      const ajv = new Ajv2020({
        allErrors: true,
        verbose: true,
        strict: true,
        // Nullable fields are written as type arrays (["string", "null"]), as OpenAPI 3.1 intends.
        allowUnionTypes: true,
        // Warns about `properties` without `type: object` inside allOf parts, which is valid and common in specs.
        strictTypes: false,
        // `required` may name properties defined in an allOf part (BookCreate, Author, ...).
        strictRequired: false,
        discriminator: true,
        coerceTypes: mode === 'params' ? 'array' : false,
        useDefaults: mode === 'params' || mode === 'body',
      });
      addFormats(ajv);
      ajv.addSchema({ $id: COMPONENTS_ID, $defs: defs });
      entry = { ajv, cache: new WeakMap() };
      instances.set(mode, entry);
    }
    return entry;
  }

  return {
    check(mode, schema, value) {
      if (schema === undefined || schema === true) return [];
      const { ajv, cache } = instance(mode);
      const key = isObject(schema) ? schema : { schema };
      let validate = cache.get(key);
      if (!validate) {
        validate = ajv.compile(prepareSchema(schema, 'request/response schema') as object);
        cache.set(key, validate);
      }
      return validate(value) ? [] : [...(validate.errors ?? [])];
    },
    resolveComponent(ref) {
      const name = ref.startsWith(`${COMPONENTS_ID}#/$defs/`) ? ref.slice(`${COMPONENTS_ID}#/$defs/`.length) : undefined;
      const found = name === undefined ? undefined : defs[name];
      return isObject(found) ? found : undefined;
    },
  };
}

/**
 * Copies a schema into a form Ajv accepts: component refs point at the registered
 * components, OpenAPI-only annotations and `x-` extensions are dropped, and a
 * discriminator `mapping` (which Ajv does not support) is checked against `oneOf` and removed.
 */
function prepareSchema(schema: unknown, where: string): unknown {
  if (!isObject(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-') || OPENAPI_ONLY_KEYWORDS.includes(key)) continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = rewriteRef(value, where);
    else if (key === 'discriminator' && isObject(value)) out.discriminator = checkDiscriminator(value, schema.oneOf, where);
    else if (SCHEMA_KEYWORDS.includes(key)) out[key] = prepareSchema(value, where);
    else if (SCHEMA_LIST_KEYWORDS.includes(key) && Array.isArray(value)) out[key] = value.map((item) => prepareSchema(item, where));
    else if (SCHEMA_MAP_KEYWORDS.includes(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, item]) => [name, prepareSchema(item, where)]));
    } else out[key] = value;
  }
  return out;
}

function rewriteRef(ref: string, where: string): string {
  if (!ref.startsWith(COMPONENT_REF)) {
    throw new Error(`${where}: the demo API only follows refs to ${COMPONENT_REF}*, found "${ref}".`);
  }
  return `${COMPONENTS_ID}#/$defs/${ref.slice(COMPONENT_REF.length)}`;
}

function checkDiscriminator(discriminator: Record<string, unknown>, oneOf: unknown, where: string): Record<string, unknown> {
  const { mapping, ...rest } = discriminator;
  if (isObject(mapping)) {
    const branches = Array.isArray(oneOf) ? oneOf.map((branch) => (isObject(branch) ? branch.$ref : undefined)) : [];
    for (const [tag, target] of Object.entries(mapping)) {
      if (!branches.includes(target)) throw new Error(`${where}: discriminator mapping "${tag}" points to ${String(target)}, which is not in oneOf.`);
    }
  }
  return rest;
}
