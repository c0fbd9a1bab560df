import { maskRequest } from '../request/mask-request';
import type { PreparedRequest } from '../request/types';
import type { SharedRequest } from './share-request';

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
}

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
  outcome: { status: number; mocked?: boolean; size: number; durationMs: number } | { error: string; durationMs: number };
}

/** The entry for a request just answered; the URL is masked exactly as the curl view masks it. */
export function toHistoryEntry({ at, page, request, shared, outcome }: HistoryInput): HistoryEntry {
  const base = { id: `${at.toString(36)}-${Math.random().toString(36).slice(2, 8)}`, at, operation: shared.operation, page, method: request.method, url: maskRequest(request).url, request: shared };
  if ('error' in outcome) return { ...base, error: outcome.error, durationMs: outcome.durationMs, size: 0 };
  return { ...base, status: outcome.status, ...(outcome.mocked ? { mocked: true } : {}), durationMs: outcome.durationMs, size: outcome.size };
}

/** Newest first, at most HISTORY_LIMIT. */
export function addHistoryEntry(entries: HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  return [entry, ...entries].slice(0, HISTORY_LIMIT);
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
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}
