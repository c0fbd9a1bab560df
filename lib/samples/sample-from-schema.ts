import { sample } from 'openapi-sampler';
import { resolveRef } from '../openapi/resolve';
import type { JsonSchema, MediaType } from '../openapi/types';
import { buildRefDocument } from '../openapi/ref-document';
import type { SchemaRefs } from '../openapi/types';
import { plausibleValue } from './plausible-value';
import { isObject } from '../openapi/pointer';

export type SampleKind = 'request' | 'response';

export interface SampleOptions {
  kind: SampleKind;
  /**
   * How deep recursive schemas are expanded before they stop.
   * @default 6
   */
  maxDepth?: number;
  /** A document from `buildRefDocument(model)`, to reuse across many calls on one model. */
  document?: Record<string, unknown>;
  /**
   * How many component schemas deep a sample goes: 1 is the root's own component (and its
   * `allOf` bases), 2 its nested components; deeper ones are sampled as an empty object or
   * list. Scalar components (enums, formats) are always sampled. @default 2
   */
  maxRefDepth?: number;
  /** A sample longer than this (as JSON) is made again one component level shallower. @default SAMPLE_MAX_CHARS */
  maxChars?: number;
  /** The name of what is sampled (a parameter's name), so a scalar gets a plausible value (`limit` → 20). */
  name?: string;
}

/**
 * Samples feed the code samples (nine languages, highlighted), the examples and the console:
 * on Microsoft Graph-shaped specs (entities of 150 properties that reference each other) an
 * uncut sample was 6.5 MB. A page's samples stay a few kilobytes each (nine languages of it).
 */
export const SAMPLE_MAX_CHARS = 2500;
export const SAMPLE_MAX_REF_DEPTH = 2;
/** An object in a generated sample shows its required properties and others up to this many. */
export const SAMPLE_MAX_PROPERTIES = 30;

/** The required properties first, then the others in order, up to SAMPLE_MAX_PROPERTIES. */
function someProperties(properties: Obj, required: unknown): Obj {
  const keys = Object.keys(properties);
  if (keys.length <= SAMPLE_MAX_PROPERTIES) return properties;
  const must = new Set(Array.isArray(required) ? required.filter((name): name is string => typeof name === 'string') : []);
  const kept = keys.filter((key) => must.has(key));
  for (const key of keys) {
    if (kept.length >= SAMPLE_MAX_PROPERTIES) break;
    if (!must.has(key)) kept.push(key);
  }
  const keep = new Set(kept);
  return Object.fromEntries(keys.filter((key) => keep.has(key)).map((key) => [key, properties[key]]));
}

type Obj = Record<string, unknown>;
const STRUCTURE = ['properties', 'items', 'allOf', 'oneOf', 'anyOf', 'additionalProperties', 'patternProperties', '$ref'];

/** What a cut component is sampled as: its type's empty value, no deeper. */
function placeholder(target: unknown): Obj {
  if (!isObject(target)) return {};
  if (target.type === 'array' || (Array.isArray(target.type) && target.type.includes('array')) || target.items !== undefined) return { type: 'array', maxItems: 0 };
  return { type: 'object', additionalProperties: false, properties: {} };
}

const isLeaf = (target: unknown) => isObject(target) && !STRUCTURE.some((key) => key in target);

/** A scalar schema named `name` with a plausible `example` added when it has no value of its own (plausible-value.ts). */
function withPlausibleExample(name: string, schema: unknown): unknown {
  if (!isObject(schema)) return schema;
  const value = plausibleValue(name, schema);
  return value === undefined ? schema : { ...schema, example: value };
}

/**
 * A copy of `schema` with its internal refs inlined up to `maxRefDepth` component levels
 * (an `allOf` member stays on its parent's level), deeper and recursive ones replaced by
 * an empty placeholder, objects cut to SAMPLE_MAX_PROPERTIES properties (required ones
 * first), and named scalars given a plausible example (`email`, `created_at`, `pages`): openapi-sampler then has a small, ref-free tree to sample.
 */
export function cutSchemaRefs(schema: JsonSchema, model: SchemaRefs, maxRefDepth: number, name?: string): JsonSchema {
  const open: string[] = [];
  const copy = (node: unknown, refDepth: number, composed: boolean): unknown => {
    if (Array.isArray(node)) return node.map((entry) => copy(entry, refDepth, composed));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#')) {
      const target = resolveRef(model, ref);
      if (target === undefined) return node;
      const depth = composed ? refDepth : refDepth + 1;
      if (!isLeaf(target) && (open.includes(ref) || depth > maxRefDepth)) return placeholder(target);
      const { $ref: _ref, ...siblings } = node;
      void _ref;
      open.push(ref);
      const inlined = copy(target, depth, false);
      open.pop();
      return Object.keys(siblings).length > 0 && isObject(inlined) ? { ...(copy(siblings, refDepth, false) as Obj), ...inlined } : inlined;
    }
    const out: Obj = {};
    for (const [key, value] of Object.entries(node)) {
      // Enum lists, examples and defaults are values, not schemas.
      if (key === 'enum' || key === 'examples' || key === 'example' || key === 'default' || key === 'const') out[key] = value;
      else if (key === 'allOf') out[key] = copy(value, refDepth, true);
      else if (key === 'properties' && isObject(value)) {
        const kept = someProperties(value, node.required);
        out[key] = Object.fromEntries(Object.entries(kept).map(([name, property]) => [name, withPlausibleExample(name, copy(property, refDepth, false))]));
      }
      else out[key] = copy(value, refDepth, false);
    }
    return out;
  };
  const root = copy(schema, 0, false);
  return (name === undefined ? root : withPlausibleExample(name, root)) as JsonSchema;
}

/**
 * An example value generated from a JSON schema with openapi-sampler: refs
 * resolve against the model, readOnly properties are left out of requests and
 * writeOnly ones out of responses, and recursion is cut at `maxDepth`.
 * Returns `undefined` when the schema yields nothing.
 */
export function sampleFromSchema(schema: JsonSchema, model: SchemaRefs, options: SampleOptions): unknown {
  if (typeof schema === 'boolean') return schema ? {} : undefined;
  const document = options.document ?? buildRefDocument(model);
  const maxChars = options.maxChars ?? SAMPLE_MAX_CHARS;
  let value: unknown;
  for (let refDepth = options.maxRefDepth ?? SAMPLE_MAX_REF_DEPTH; refDepth >= 1; refDepth--) {
    try {
      value = sample(
        cutSchemaRefs(schema, model, refDepth, options.name) as Parameters<typeof sample>[0],
        {
          skipReadOnly: options.kind === 'request',
          skipWriteOnly: options.kind === 'response',
          maxSampleDepth: options.maxDepth ?? 6,
          quiet: true,
        },
        document,
      );
    } catch {
      // openapi-sampler throws on refs it cannot follow; a page without a sample beats a failed build.
      return undefined;
    }
    if ((JSON.stringify(value)?.length ?? 0) <= maxChars) return value;
  }
  return value;
}

export interface ExampleResult {
  value: unknown;
  /** `example`: written in the spec (named by `name`); `schema`: generated; `none`: nothing to show. */
  source: 'example' | 'schema' | 'none';
  name?: string;
}

/** The spec's own example for a media type when it has one, else one generated from its schema. */
export function exampleFor(mediaType: MediaType, model: SchemaRefs, kind: SampleKind, document?: Record<string, unknown>): ExampleResult {
  const written = mediaType.examples.find((example) => example.value !== undefined);
  if (written) return { value: written.value, source: 'example', name: written.name };
  if (mediaType.schema === undefined) return { value: undefined, source: 'none' };
  const value = sampleFromSchema(mediaType.schema, model, { kind, document });
  return value === undefined ? { value: undefined, source: 'none' } : { value, source: 'schema' };
}
