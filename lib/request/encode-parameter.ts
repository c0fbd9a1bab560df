import type { ParameterLocation } from '../openapi/types';
import type { ParameterValue } from './types';

/** What to serialize, after empty values were dropped: a primitive, a list or a map. */
export type NormalizedValue =
  | { shape: 'primitive'; value: string }
  | { shape: 'array'; items: string[] }
  | { shape: 'object'; entries: Array<[string, string]> };

export interface EncodeOptions {
  location: ParameterLocation;
  name: string;
  style: string;
  explode: boolean;
  allowReserved: boolean;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// RFC 3986 reserved characters, minus `#`: even with allowReserved a literal `#` would end the URL.
const RESERVED = new Set(":/?[]@!$'()*+,;=&".split(''));

/**
 * Percent-encodes everything but RFC 3986 unreserved characters (stricter than
 * encodeURIComponent, which leaves `!'()*`). With `allowReserved`, reserved
 * characters and existing `%XX` triplets pass through as the spec asks.
 * @example encodeValue("a b/ü", false) === "a%20b%2F%C3%BC"
 */
export function encodeValue(value: string, allowReserved: boolean): string {
  const wellFormed = value.replace(LONE_SURROGATE, '\uFFFD');
  let out = '';
  for (let i = 0; i < wellFormed.length; i++) {
    const ch = wellFormed[i];
    if (/[A-Za-z0-9\-._~]/.test(ch)) {
      out += ch;
    } else if (allowReserved && RESERVED.has(ch)) {
      out += ch;
    } else if (allowReserved && ch === '%' && /^[0-9A-Fa-f]{2}$/.test(wellFormed.slice(i + 1, i + 3))) {
      out += ch;
    } else {
      const code = wellFormed.codePointAt(i) ?? 0;
      const char = String.fromCodePoint(code);
      if (char.length === 2) i++;
      out += encodeURIComponent(char).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
    }
  }
  return out;
}

/** Drops empty strings, empty lists and empty maps; `undefined` means "send nothing". */
export function normalizeValue(value: ParameterValue | undefined): NormalizedValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean' || typeof value === 'number') return { shape: 'primitive', value: String(value) };
  if (typeof value === 'string') return value === '' ? undefined : { shape: 'primitive', value };
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== '');
    return items.length > 0 ? { shape: 'array', items } : undefined;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== '');
  return entries.length > 0 ? { shape: 'object', entries } : undefined;
}

function flatten(value: NormalizedValue): string[] {
  if (value.shape === 'primitive') return [value.value];
  if (value.shape === 'array') return value.items;
  return value.entries.flat();
}

/**
 * Serializes a path parameter (styles simple, label, matrix) to the text that
 * replaces `{name}` in the path template, percent-encoded.
 * @example encodePathParameter({ shape: 'array', items: ['3', '4'] }, { style: 'matrix', explode: true, name: 'id', ... }) === ';id=3;id=4'
 */
export function encodePathParameter(value: NormalizedValue | undefined, options: EncodeOptions): string {
  const enc = (text: string) => encodeValue(text, options.allowReserved);
  const name = enc(options.name);
  const { style, explode } = options;
  if (value === undefined) {
    if (style === 'label') return '.';
    if (style === 'matrix') return `;${name}`;
    return '';
  }
  if (style === 'label') {
    if (value.shape === 'object' && explode) return value.entries.map(([k, v]) => `.${enc(k)}=${enc(v)}`).join('');
    if (value.shape === 'array' && explode) return value.items.map((item) => `.${enc(item)}`).join('');
    return '.' + flatten(value).map(enc).join(',');
  }
  if (style === 'matrix') {
    if (value.shape === 'object' && explode) return value.entries.map(([k, v]) => `;${enc(k)}=${enc(v)}`).join('');
    if (value.shape === 'array' && explode) return value.items.map((item) => `;${name}=${enc(item)}`).join('');
    return `;${name}=` + flatten(value).map(enc).join(',');
  }
  if (value.shape === 'object' && explode) return value.entries.map(([k, v]) => `${enc(k)}=${enc(v)}`).join(',');
  return flatten(value).map(enc).join(',');
}

/**
 * Serializes a query parameter to encoded `name=value` pairs
 * (styles form, spaceDelimited, pipeDelimited, deepObject).
 * @example encodeQueryParameter({ shape: 'object', entries: [['role', 'admin']] }, { style: 'deepObject', name: 'id', ... }) → [{ name: 'id[role]', value: 'admin' }]
 */
export function encodeQueryParameter(value: NormalizedValue, options: EncodeOptions): Array<{ name: string; value: string }> {
  const enc = (text: string) => encodeValue(text, options.allowReserved);
  const name = encodeValue(options.name, false);
  const { style, explode } = options;
  if (value.shape === 'primitive') return [{ name, value: enc(value.value) }];
  if (style === 'deepObject' && value.shape === 'object') {
    return value.entries.map(([k, v]) => ({ name: `${name}[${encodeValue(k, false)}]`, value: enc(v) }));
  }
  if (value.shape === 'array') {
    if (explode) return value.items.map((item) => ({ name, value: enc(item) }));
    const delimiter = style === 'spaceDelimited' ? '%20' : style === 'pipeDelimited' ? '|' : ',';
    return [{ name, value: value.items.map(enc).join(delimiter) }];
  }
  if (explode) return value.entries.map(([k, v]) => ({ name: encodeValue(k, false), value: enc(v) }));
  const delimiter = style === 'spaceDelimited' ? '%20' : style === 'pipeDelimited' ? '|' : ',';
  return [{ name, value: flatten(value).map(enc).join(delimiter) }];
}

/** Header parameters use style simple; values go as typed (headers are not percent-encoded). */
export function encodeHeaderParameter(value: NormalizedValue, explode: boolean): string {
  const clean = (text: string) => text.replace(/[\r\n]+/g, ' ');
  if (value.shape === 'object' && explode) return value.entries.map(([k, v]) => `${clean(k)}=${clean(v)}`).join(',');
  return flatten(value).map(clean).join(',');
}

/**
 * Cookie parameters use style form: one `name=a,b` pair, or with explode one
 * cookie per array item / object entry. Values are percent-encoded so that
 * `;`, `,` and spaces cannot break the header.
 */
export function encodeCookieParameter(value: NormalizedValue, options: EncodeOptions): Array<{ name: string; value: string }> {
  const enc = (text: string) => encodeValue(text, false);
  const name = enc(options.name);
  if (value.shape === 'primitive') return [{ name, value: enc(value.value) }];
  if (options.explode && value.shape === 'array') return value.items.map((item) => ({ name, value: enc(item) }));
  if (options.explode && value.shape === 'object') return value.entries.map(([k, v]) => ({ name: enc(k), value: enc(v) }));
  return [{ name, value: flatten(value).map(enc).join(',') }];
}
