import { childOf, isObject, parsePointer, refOf, splitRef } from './pointer';
import type { ApiModel, JsonSchema } from './types';

const SCHEMA_PREFIX = '#/components/schemas/';
/** A ref chain longer than this is treated as a cycle. */
const MAX_HOPS = 64;

/**
 * Follows a JSON pointer (`#/a/b`) through a plain document, jumping through any
 * `$ref` met on the way. Returns undefined for a missing target or a ref loop.
 */
export function resolvePointer(root: unknown, ref: string, hops = 0): unknown {
  if (!ref.startsWith('#') || hops > MAX_HOPS) return undefined;
  let current: unknown = root;
  for (const token of parsePointer(splitRef(ref).pointer)) {
    let child = childOf(current, token);
    const via = refOf(current);
    if (child === undefined && via !== undefined) child = childOf(resolvePointer(root, via, hops + 1), token);
    if (child === undefined) return undefined;
    current = child;
  }
  return current;
}

/**
 * The schema a `$ref` in the model points at (one hop; the target may itself be
 * a `$ref`). `#/components/schemas/X` comes from `model.schemas`, every other
 * internal ref from `model.refTargets`.
 */
export function resolveRef(model: Pick<ApiModel, 'schemas' | 'refTargets'>, ref: string): JsonSchema | undefined {
  const target = model.refTargets[ref];
  if (target !== undefined) return target;
  if (!ref.startsWith(SCHEMA_PREFIX)) return undefined;
  const [name, ...rest] = parsePointer(splitRef(ref).pointer).slice(2);
  let current: unknown = name === undefined ? undefined : model.schemas[name];
  for (const token of rest) current = childOf(current, token);
  return typeof current === 'boolean' || isObject(current) ? (current as JsonSchema) : undefined;
}

/** Context for walks over schemas; one `seen` set per branch stops recursive schemas. */
export interface DerefContext {
  seen: ReadonlySet<string>;
}

export interface Dereffed {
  schema: JsonSchema;
  /** The refs followed, in order. */
  refs: string[];
  /** True when the chain came back to a ref already in `ctx.seen` (a recursive schema). */
  circular: boolean;
  /** True when a ref did not resolve (cannot happen for a model built by `loadApi`). */
  missing: boolean;
  /** `ctx` extended with `refs`: pass it down when descending into subschemas. */
  ctx: DerefContext;
}

/**
 * Follows `$ref`s at the top of a schema until a real schema. Sibling keywords
 * of a `$ref` (3.1 allows them) are kept, overriding the target's.
 * A ref already in `ctx.seen` is not followed: `circular` is set and the schema
 * is returned as is, so a renderer shows "recursive: X" instead of looping.
 *
 * @example
 * const { schema, ctx } = derefShallow(model, { $ref: '#/components/schemas/Node' });
 * // descend into schema.properties with `ctx`; a child `{ $ref: '.../Node' }` comes back circular.
 */
export function derefShallow(model: Pick<ApiModel, 'schemas' | 'refTargets'>, schema: JsonSchema, ctx: DerefContext = { seen: new Set() }): Dereffed {
  const refs: string[] = [];
  const seen = new Set(ctx.seen);
  let current = schema;
  for (;;) {
    const ref = refOf(current);
    if (ref === undefined) break;
    if (seen.has(ref)) return { schema: current, refs, circular: true, missing: false, ctx: { seen } };
    const target = resolveRef(model, ref);
    if (target === undefined) return { schema: current, refs, circular: false, missing: true, ctx: { seen } };
    seen.add(ref);
    refs.push(ref);
    const { $ref: _ignored, ...siblings } = current as Record<string, unknown>;
    void _ignored;
    current = Object.keys(siblings).length > 0 && isObject(target) ? { ...target, ...siblings } : target;
  }
  return { schema: current, refs, circular: false, missing: false, ctx: { seen } };
}
