import { childOf, escapeToken, isObject, parsePointer, splitRef } from '../openapi/pointer';
import type { SpecDocument } from './types';

/** Escapes one JSON pointer token (RFC 6901). */
export const escapePointerToken = escapeToken;

/** Reads the value at a local JSON pointer such as `/components/schemas/Book` (percent-encoding allowed, as in `$ref`s). */
export function readPointer(doc: SpecDocument, pointer: string): unknown {
  let node: unknown = doc;
  for (const token of parsePointer(splitRef(`#${pointer}`).pointer)) {
    node = childOf(node, token);
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * Follows `$ref`s (local ones only: the demo spec is a single file) until a
 * non-reference object is reached, and returns it with the pointer where it lives.
 */
export function followRef(doc: SpecDocument, value: unknown, pointer: string): { value: unknown; pointer: string } {
  const seen = new Set<string>();
  let current = value;
  let at = pointer;
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (!ref.startsWith('#')) throw new Error(`Only local $refs are supported by the demo API, found "${ref}" at ${at}.`);
    if (seen.has(ref)) throw new Error(`Circular $ref "${ref}" at ${at}.`);
    seen.add(ref);
    at = ref.slice(1);
    current = readPointer(doc, at);
    if (current === undefined) throw new Error(`Unresolved $ref "${ref}".`);
  }
  return { value: current, pointer: at };
}
