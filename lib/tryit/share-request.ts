import type { FieldDraft } from './build-console-model';
import type { BodyDraft, FormDraft } from './drafts-to-values';
import { DEFAULT_SECRET_HEADERS } from '../request/to-curl';

/**
 * A request as a link carries it: the operation, the typed parameters and body, and the server
 * choice (a server of the spec by index, or the mock). Never credentials: the auth panel's values
 * are not part of it, parameters and body fields named like secrets are left out (JSON body
 * properties named so are emptied), and no custom base URL or server variable travels, so a link
 * cannot point the reader's console at a host the spec does not name.
 */
export interface SharedRequest {
  /** The operation's page slug; a console fills itself only from a link to its own operation. */
  operation: string;
  /** Keyed like the console's drafts: `query.limit`, `path.bookId`. */
  parameters: Record<string, FieldDraft>;
  body?: { mediaType: string; text: string } | { mediaType: string; form: Record<string, FieldDraft> };
  server?: number | 'mock';
}

export const SHARE_PREFIX = '#try=';
/** Links longer than this are refused when read: a fragment is no place for a large upload. */
export const MAX_SHARED_CHARS = 64_000;

// Whole words only: `auth` and `token` are secrets, `authorId` and `tokenizer` are not.
const SECRET_WORDS = new Set(['token', 'secret', 'password', 'passwd', 'pwd', 'passphrase', 'auth', 'authorization', 'session', 'sessionid', 'credential', 'credentials', 'signature', 'apikey', 'otp', 'cookie']);

/**
 * Whether a parameter or field name suggests it holds a credential: one of its words (camelCase,
 * `-`, `_` and `.` split them) or two adjacent ones (`api` + `key`) is a secret's name.
 * @example looksSecret('X-API-Key') === true; looksSecret('access_token') === true; looksSecret('authorId') === false
 */
export function looksSecret(name: string): boolean {
  if (DEFAULT_SECRET_HEADERS.includes(name.toLowerCase())) return true;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  if (words.length === 1 && words[0] === 'key') return true;
  return words.some((word, i) => SECRET_WORDS.has(word) || SECRET_WORDS.has(word + (words[i + 1] ?? '')));
}

function redactJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactJson);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, looksSecret(key) && typeof v === 'string' ? '' : redactJson(v)]));
}

/** A JSON text with the values of secret-named string properties emptied; other text as it is. */
export function redactText(text: string, mediaType: string): string {
  if (!/json/i.test(mediaType)) return text;
  try {
    return JSON.stringify(redactJson(JSON.parse(text)), null, 2);
  } catch {
    // Not JSON yet (the reader is mid-edit): share it as typed.
    return text;
  }
}

function isDraft(value: unknown): value is FieldDraft {
  return typeof value === 'string' || typeof value === 'boolean' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}

function keepDrafts(drafts: Record<string, unknown>, keep: (key: string) => boolean): Record<string, FieldDraft> {
  return Object.fromEntries(Object.entries(drafts).filter((entry): entry is [string, FieldDraft] => keep(entry[0]) && isDraft(entry[1])));
}

/** The shareable part of a console's state; files and secrets stay behind. */
export function toSharedRequest(operation: string, drafts: Record<string, FieldDraft | undefined>, body: BodyDraft | undefined, server: number | 'mock' | undefined): SharedRequest {
  const parameters = keepDrafts(drafts, (key) => {
    const [location, ...name] = key.split('.');
    return location !== 'cookie' && !looksSecret(name.join('.'));
  });
  let shared: SharedRequest['body'];
  if (body && 'text' in body) shared = { mediaType: body.mediaType, text: redactText(body.text, body.mediaType) };
  if (body && 'form' in body) shared = { mediaType: body.mediaType, form: keepDrafts(body.form as FormDraft, (name) => !looksSecret(name)) };
  return { operation, parameters, ...(shared ? { body: shared } : {}), ...(server === undefined ? {} : { server }) };
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** `#try=<base64url of the JSON>`: a fragment never reaches a server, so the request stays between the two readers. */
export function encodeSharedRequest(shared: SharedRequest): string {
  return `${SHARE_PREFIX}${toBase64Url(JSON.stringify(shared))}`;
}

/**
 * Reads a fragment written by encodeSharedRequest; anything else (another fragment, a damaged or
 * hand-made link, wrong types) gives undefined. The values only ever fill inputs.
 */
export function decodeSharedRequest(hash: string): SharedRequest | undefined {
  if (!hash.startsWith(SHARE_PREFIX) || hash.length > MAX_SHARED_CHARS) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(hash.slice(SHARE_PREFIX.length)));
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r.operation !== 'string' || typeof r.parameters !== 'object' || r.parameters === null || Array.isArray(r.parameters)) return undefined;
  const shared: SharedRequest = { operation: r.operation, parameters: keepDrafts(r.parameters as Record<string, unknown>, () => true) };
  const body = r.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object' && typeof body.mediaType === 'string') {
    if (typeof body.text === 'string') shared.body = { mediaType: body.mediaType, text: body.text };
    else if (typeof body.form === 'object' && body.form !== null && !Array.isArray(body.form)) shared.body = { mediaType: body.mediaType, form: keepDrafts(body.form as Record<string, unknown>, () => true) };
  }
  if (r.server === 'mock' || (typeof r.server === 'number' && Number.isInteger(r.server) && r.server >= 0)) shared.server = r.server;
  return shared;
}
