import { isObject, refOf } from './pointer';
import { resolvePointer } from './resolve';

type Obj = Record<string, unknown>;

/** The prepared (3.1-shaped, bundled) document that normalization reads from. */
export interface DocumentContext {
  doc: Obj;
}

/**
 * Follows a Reference Object to its target (parameters, responses, examples,
 * descriptions ...). `summary`/`description` next to the `$ref` override the
 * target's (OAS 3.1). Loops and dangling refs give undefined.
 */
export function derefNode(ctx: DocumentContext, value: unknown): unknown {
  const seen = new Set<string>();
  let current = value;
  let overrides: Obj = {};
  for (let ref = refOf(current); ref !== undefined; ref = refOf(current)) {
    if (seen.has(ref)) return undefined;
    seen.add(ref);
    const here = current as Obj;
    overrides = { ...pick(here, ['summary', 'description']), ...overrides };
    current = resolvePointer(ctx.doc, ref);
  }
  return isObject(current) && Object.keys(overrides).length > 0 ? { ...current, ...overrides } : current;
}

function pick(source: Obj, keys: string[]): Obj {
  const out: Obj = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

export function derefObject(ctx: DocumentContext, value: unknown): Obj | undefined {
  const target = derefNode(ctx, value);
  return isObject(target) ? target : undefined;
}

/** A text field that may itself be a `$ref` (multi-file specs keep long descriptions apart). */
export function textOf(ctx: DocumentContext, value: unknown): string | undefined {
  const target = derefNode(ctx, value);
  if (typeof target === 'string') return target;
  if (typeof target === 'number' || typeof target === 'boolean') return String(target);
  return undefined;
}

export function entriesOf(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}
