import { parsePointer, splitRef } from './pointer';
import { derefShallow } from './resolve';
import type { JsonSchema, SchemaRefs } from './types';

/** The base URI validators use to address the document built here. */
export const REF_DOCUMENT_ID = 'urn:portico:api';

function pointerTokens(ref: string): string[] | undefined {
  if (!ref.startsWith('#')) return undefined;
  return parsePointer(splitRef(ref).pointer);
}

/** Sets `value` at `tokens` unless something is there already; copies model objects on the way instead of editing them. */
function setAt(root: Record<string, unknown>, tokens: string[], value: unknown, own: Set<object>): void {
  let node = root;
  for (const token of tokens.slice(0, -1)) {
    const next = node[token];
    if (typeof next !== 'object' || next === null) {
      node[token] = {};
      own.add(node[token] as object);
    } else if (!own.has(next)) {
      node[token] = Array.isArray(next) ? [...next] : { ...next };
      own.add(node[token] as object);
    }
    node = node[token] as Record<string, unknown>;
  }
  const last = tokens[tokens.length - 1];
  if (!(last in node)) node[last] = value;
}

/**
 * Rebuilds a document-shaped object in which every internal `$ref` of the model
 * (`#/components/schemas/Pet`, `#/paths/~1pets/get/...`) points at its target,
 * for Ajv and openapi-sampler to resolve refs against. Cycles stay refs.
 */
export function buildRefDocument(refs: SchemaRefs): Record<string, unknown> {
  const doc: Record<string, unknown> = { $id: REF_DOCUMENT_ID, openapi: '3.1.0' };
  const own = new Set<object>([doc]);
  for (const [name, schema] of Object.entries(refs.schemas)) setAt(doc, ['components', 'schemas', name], schema, own);
  // Shallow pointers first, so a deeper target already inside its parent is not overwritten.
  const targets = Object.entries(refs.refTargets).sort(([a], [b]) => a.length - b.length);
  for (const [ref, schema] of targets) {
    const tokens = pointerTokens(ref);
    if (tokens && tokens.length > 0) setAt(doc, tokens, schema, own);
  }
  return doc;
}

/**
 * Follows `$ref` chains within the model (sibling keywords kept), stopping at
 * cycles or unknown refs.
 */
export function derefSchema(schema: JsonSchema | undefined, refs: SchemaRefs): JsonSchema | undefined {
  return schema === undefined ? undefined : derefShallow(refs, schema).schema;
}
