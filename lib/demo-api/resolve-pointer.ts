import { isRecord } from './load-spec';
import type { SpecDocument } from './types';

/** Escapes one JSON pointer token (RFC 6901). */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Reads the value at a local JSON pointer such as `/components/schemas/Book`. */
export function readPointer(doc: SpecDocument, pointer: string): unknown {
  if (pointer === '') return doc;
  let node: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const token = safeDecode(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isRecord(node)) node = node[token];
    else return undefined;
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
  while (isRecord(current) && typeof current.$ref === 'string') {
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

/** `$ref`s in URI-fragment form may be percent-encoded (`%7B`); plain pointers may hold a bare `%`. */
function safeDecode(token: string): string {
  try {
    return decodeURIComponent(token);
  } catch {
    return token;
  }
}
