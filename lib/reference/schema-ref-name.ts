import { escapeToken, unescapeToken } from '../openapi/pointer';

const PREFIX = '#/components/schemas/';

/** `#/components/schemas/Book` -> `Book`; other refs (and nested pointers) give undefined. */
export function schemaRefName(ref: string | undefined): string | undefined {
  if (!ref?.startsWith(PREFIX)) return undefined;
  const rest = ref.slice(PREFIX.length);
  if (rest.includes('/')) return undefined;
  let name = rest;
  try {
    name = decodeURIComponent(rest);
  } catch {
    // A malformed escape is a name as written.
  }
  return unescapeToken(name);
}

export function schemaRef(name: string): string {
  return `${PREFIX}${escapeToken(name)}`;
}
