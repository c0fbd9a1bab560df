import { derefObject, textOf, type DocumentContext } from './document-context';
import { normalizeContent, normalizeExamples, omitUndefined, schemaOf } from './normalize-content';
import type { Parameter, ParameterLocation } from './types';

const LOCATIONS: readonly string[] = ['path', 'query', 'header', 'cookie'];

function parameterKey(p: Parameter): string {
  // Header names are case-insensitive (RFC 9110), so `X-Id` at path level is overridden by `x-id`.
  return `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
}

export function normalizeParameter(ctx: DocumentContext, raw: unknown): Parameter | undefined {
  const p = derefObject(ctx, raw);
  if (!p || typeof p.name !== 'string' || typeof p.in !== 'string' || !LOCATIONS.includes(p.in)) return undefined;
  const location = p.in as ParameterLocation;
  const style = typeof p.style === 'string' ? p.style : location === 'query' || location === 'cookie' ? 'form' : 'simple';
  const content = p.content !== undefined ? normalizeContent(ctx, p.content) : undefined;
  return omitUndefined({
    name: p.name,
    in: location,
    description: textOf(ctx, p.description),
    // Path parameters are always required, whatever the document says.
    required: location === 'path' || p.required === true,
    deprecated: p.deprecated === true,
    schema: schemaOf(p.schema),
    style,
    explode: typeof p.explode === 'boolean' ? p.explode : style === 'form',
    allowReserved: p.allowReserved === true,
    examples: normalizeExamples(ctx, p),
    content: content && content.length > 0 ? content : undefined,
  });
}

/**
 * Path-level parameters first, in document order; an operation-level parameter
 * with the same name and location replaces the path-level one in its place,
 * other operation-level parameters follow in their own order.
 */
export function mergeParameters(ctx: DocumentContext, pathLevel: unknown, operationLevel: unknown): Parameter[] {
  const merged: Parameter[] = [];
  const index = new Map<string, number>();
  for (const list of [pathLevel, operationLevel]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const param = normalizeParameter(ctx, raw);
      if (!param) continue;
      const key = parameterKey(param);
      const at = index.get(key);
      if (at === undefined) {
        index.set(key, merged.length);
        merged.push(param);
      } else {
        merged[at] = param;
      }
    }
  }
  return merged;
}
