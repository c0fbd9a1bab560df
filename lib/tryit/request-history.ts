import { maskRequest } from '../request/mask-request';
import type { PreparedRequest } from '../request/types';
import { looksSecret, redactText, type SharedRequest } from './share-request';

/** One sent request as the history keeps it: what a reader needs to recognise and replay it, no secret. */
export interface HistoryEntry {
  id: string;
  /** When it was sent, epoch milliseconds. */
  at: number;
  /** The operation's page slug and page path, so an entry replays on its own page. */
  operation: string;
  page: string;
  method: string;
  /** The URL with credentials in the query masked (`****`), as in the curl view. */
  url: string;
  /** The HTTP status, or undefined for a network failure (then `error` says which). */
  status?: number;
  error?: string;
  mocked?: boolean;
  durationMs: number;
  /** Response body size in bytes. */
  size: number;
  /** The request's inputs for replay (see share-request: no credentials). */
  request: SharedRequest;
  /** What came back, for comparing two entries; absent for failures and entries stored by older versions. */
  response?: StoredResponse;
}

/**
 * A response as the history keeps it: headers without cookies or secret-named ones, and the text
 * body of recent entries only, cut at MAX_STORED_BODY_CHARS with JSON secrets emptied.
 */
export interface StoredResponse {
  headers: [string, string][];
  contentType: string;
  body?: string;
  /** The body was longer than what is kept. */
  truncated?: boolean;
}

/** Bounds the history's storage: at most BODIES_KEPT bodies of MAX_STORED_BODY_CHARS each (about 160 KB with 50 entries' headers). */
export const MAX_STORED_BODY_CHARS = 16_000;
export const BODIES_KEPT = 10;

export const HISTORY_LIMIT = 50;

/** Not a `try-it` key: those hold credentials, and tests and readers check that none is on the device by default. */
export function historyKey(apiId: string): string {
  return `portico:request-history:${apiId}`;
}

export interface HistoryInput {
  at: number;
  page: string;
  request: PreparedRequest;
  shared: SharedRequest;
  outcome:
    | { status: number; mocked?: boolean; size: number; durationMs: number; headers?: { name: string; value: string }[]; contentType?: string; bodyText?: string }
    | { error: string; durationMs: number };
}

const TEXT_TYPES = /json|xml|^text\/|javascript|yaml|csv|x-www-form-urlencoded/i;

function toStoredResponse(headers: { name: string; value: string }[], contentType: string, bodyText: string | undefined): StoredResponse {
  const kept = headers.filter(({ name }) => !/^set-cookie2?$/i.test(name) && !looksSecret(name)).map(({ name, value }): [string, string] => [name, value]);
  const stored: StoredResponse = { headers: kept, contentType };
  if (bodyText !== undefined && (contentType === '' || TEXT_TYPES.test(contentType))) {
    const body = redactText(bodyText, contentType);
    stored.body = body.slice(0, MAX_STORED_BODY_CHARS);
    if (body.length > MAX_STORED_BODY_CHARS) stored.truncated = true;
  }
  return stored;
}

/** The entry for a request just answered; the URL is masked exactly as the curl view masks it. */
export function toHistoryEntry({ at, page, request, shared, outcome }: HistoryInput): HistoryEntry {
  const base = { id: `${at.toString(36)}-${Math.random().toString(36).slice(2, 8)}`, at, operation: shared.operation, page, method: request.method, url: maskRequest(request).url, request: shared };
  if ('error' in outcome) return { ...base, error: outcome.error, durationMs: outcome.durationMs, size: 0 };
  const response = outcome.headers ? { response: toStoredResponse(outcome.headers, outcome.contentType ?? '', outcome.bodyText) } : {};
  return { ...base, status: outcome.status, ...(outcome.mocked ? { mocked: true } : {}), durationMs: outcome.durationMs, size: outcome.size, ...response };
}

function withoutBody(entry: HistoryEntry): HistoryEntry {
  if (entry.response?.body === undefined) return entry;
  const { headers, contentType } = entry.response;
  return { ...entry, response: { headers, contentType } };
}

/** Newest first, at most HISTORY_LIMIT; only the newest BODIES_KEPT keep their response bodies. */
export function addHistoryEntry(entries: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...entries].slice(0, HISTORY_LIMIT).map((e, i) => (i < BODIES_KEPT ? e : withoutBody(e)));
}

function isStoredResponse(value: unknown): value is StoredResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.headers) &&
    v.headers.every((pair) => Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && typeof pair[1] === 'string') &&
    typeof v.contentType === 'string' &&
    (v.body === undefined || (typeof v.body === 'string' && v.body.length <= MAX_STORED_BODY_CHARS))
  );
}

/** An entry's stored response is dropped, not trusted, when it has another shape; the entry itself stays. */
function checkedResponse(entry: HistoryEntry): HistoryEntry {
  if (entry.response === undefined || isStoredResponse(entry.response)) return entry;
  const rest = { ...entry };
  delete rest.response;
  return rest;
}

function isEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const request = v.request as Record<string, unknown> | undefined;
  return (
    typeof v.id === 'string' &&
    typeof v.at === 'number' &&
    typeof v.operation === 'string' &&
    typeof v.page === 'string' &&
    // Only same-site paths: a tampered entry must not send the reader elsewhere on replay.
    /^\/(?![/\\])/.test(v.page) &&
    typeof v.method === 'string' &&
    typeof v.url === 'string' &&
    typeof v.durationMs === 'number' &&
    typeof v.size === 'number' &&
    typeof request === 'object' &&
    request !== null &&
    typeof request.operation === 'string'
  );
}

/** Reads what was stored; entries of an unknown shape are dropped, never trusted. */
export function parseHistory(text: string | null): HistoryEntry[] {
  if (!text) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, HISTORY_LIMIT).map(checkedResponse) : [];
  } catch {
    return [];
  }
}
