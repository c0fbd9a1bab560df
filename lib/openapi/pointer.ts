/** JSON Pointer (RFC 6901) helpers shared by the loader, the checker and the resolver. */

export function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `/paths/~1pets/get` -> `['paths', '/pets', 'get']`; `''` and `'/'`-less input -> `[]`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  const body = pointer.startsWith('/') ? pointer.slice(1) : pointer;
  return body.split('/').map(unescapeToken);
}

/** `/items/1/name` -> `items[1].name`: a pointer into a value, as a reader writes a path to a field. */
export function readablePointer(pointer: string): string {
  return parsePointer(pointer)
    .map((token, i) => (/^\d+$/.test(token) ? `[${token}]` : i === 0 ? token : `.${token}`))
    .join('');
}

export function toPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => '/' + escapeToken(String(t))).join('');
}

/** Splits a `$ref` into its file part (may be empty) and its decoded JSON pointer. */
export function splitRef(ref: string): { file: string; pointer: string } {
  const hash = ref.indexOf('#');
  const file = hash === -1 ? ref : ref.slice(0, hash);
  const raw = hash === -1 ? '' : ref.slice(hash + 1);
  let pointer = raw;
  // Refs are URI fragments: `%7B` may stand for `{`. Undecodable input is taken as written.
  try {
    pointer = decodeURIComponent(raw);
  } catch {
    pointer = raw;
  }
  return { file, pointer };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function refOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.$ref === 'string' ? value.$ref : undefined;
}

/** Reads one step down; arrays take numeric tokens. */
export function childOf(value: unknown, token: string): unknown {
  if (Array.isArray(value)) {
    const index = Number(token);
    return Number.isInteger(index) ? value[index] : undefined;
  }
  if (isObject(value) && Object.prototype.hasOwnProperty.call(value, token)) return value[token];
  return undefined;
}
