import type { Operation } from '../openapi/types';
import type { TryItValues } from '../request/types';
import type { MockAnswer } from './mock-response-body';
import type { MockState } from './types';
import { isObject } from '../openapi/pointer';

/**
 * How an operation touches a collection, read from its path alone:
 * `POST /books` creates, `GET /books` lists, `GET|PUT|PATCH|DELETE /books/{bookId}` work on one item.
 * Anything else (`PUT /books/{id}/cover`, `POST /books/{id}/borrow`) is answered statelessly.
 */
export type CollectionRole = { kind: 'create'; collection: string } | { kind: 'list'; collection: string } | ItemRole | { kind: 'none' };

export interface ItemRole {
  kind: 'read' | 'replace' | 'update' | 'delete';
  collection: string;
  id: string;
}

function pathValue(values: TryItValues, name: string): string {
  const value = values.path?.[name];
  return value === undefined ? '' : Array.isArray(value) ? value.join(',') : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The path with its parameters filled in, unencoded: `/books/{bookId}/reviews` -> `/books/bk_001/reviews`. */
function concretePath(segments: string[], values: TryItValues): string {
  return segments.map((segment) => segment.replace(/\{([^}]+)\}/g, (_, name: string) => pathValue(values, name))).join('/');
}

const ITEM_KINDS: Record<string, 'read' | 'replace' | 'update' | 'delete'> = { get: 'read', put: 'replace', patch: 'update', delete: 'delete' };

export function collectionRole(operation: Operation, values: TryItValues): CollectionRole {
  const segments = operation.path.replace(/\/+$/, '').split('/');
  const last = segments[segments.length - 1] ?? '';
  const item = /^\{([^}]+)\}$/.exec(last);
  if (item) {
    const kind = ITEM_KINDS[operation.method];
    const collection = concretePath(segments.slice(0, -1), values);
    const id = pathValue(values, item[1]);
    return kind && collection !== '' && id !== '' ? { kind, collection, id } : { kind: 'none' };
  }
  if (last === '' || last.includes('{')) return { kind: 'none' };
  const collection = concretePath(segments, values);
  if (operation.method === 'post') return { kind: 'create', collection };
  if (operation.method === 'get') return { kind: 'list', collection };
  return { kind: 'none' };
}

type Obj = Record<string, unknown>;
/** A JSON object record; an uploaded file's bytes (a Uint8Array) is not one. */
const isRecord = (value: unknown): value is Obj => isObject(value) && !(value instanceof Uint8Array);

/** The record's id property: `id`, else the one property named like `bookId` or `book_id`. */
export function idProperty(record: Obj): string | undefined {
  if ('id' in record) return 'id';
  const candidates = Object.keys(record).filter((key) => /(Id|_id|ID)$/.test(key));
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** A new id shaped like the example's: `bk_001` -> `bk_mock3`, `42` -> 10003, a UUID -> a UUID. */
export function nextId(example: unknown, counter: number): string | number {
  if (typeof example === 'number') return 10_000 + counter;
  const text = typeof example === 'string' ? example : '';
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(text)) return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
  const prefix = /^[A-Za-z]+[_-]/.exec(text)?.[0] ?? '';
  return `${prefix}mock${counter}`;
}

/** JSON merge patch (RFC 7396): `null` removes a property, objects merge, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return patch;
  const out: Obj = isRecord(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

const LIST_KEYS = ['items', 'data', 'results', 'records', 'entries', 'values'];

/** Puts the stored records at the head of a documented list: a bare array or an object's one list property. */
function withRecords(listed: unknown, records: unknown[], deleted: Set<string>): unknown {
  const keep = (entry: unknown) => {
    if (!isRecord(entry)) return true;
    const key = idProperty(entry);
    return key === undefined || !deleted.has(String(entry[key]));
  };
  const merge = (list: unknown[]) => {
    const storedIds = new Set(records.filter(isRecord).map((r) => String(r[idProperty(r) ?? ''])));
    return [...records, ...list.filter((entry) => keep(entry) && !(isRecord(entry) && storedIds.has(String(entry[idProperty(entry) ?? '']))))];
  };
  if (Array.isArray(listed)) return merge(listed);
  if (!isRecord(listed)) return listed;
  const key = LIST_KEYS.find((k) => Array.isArray(listed[k])) ?? Object.keys(listed).find((k) => Array.isArray(listed[k]));
  return key === undefined ? listed : { ...listed, [key]: merge(listed[key] as unknown[]) };
}

export type CollectionOutcome = { kind: 'answer'; answer: MockAnswer; state: MockState } | { kind: 'not-found'; collection: string; id: string } | { kind: 'stateless' };

/**
 * Applies the operation to the tab's records. `success` is the documented success answer
 * (example or sample), which seeds new records and shapes reads of unknown ids.
 * @param body the request body, parsed (JSON or form fields), or undefined.
 * @param url the request URL without its query, for a created record's `Location`.
 */
export function applyCollection(role: CollectionRole, success: MockAnswer, body: unknown, state: MockState, url: string): CollectionOutcome {
  if (role.kind === 'none') return { kind: 'stateless' };
  const stored = state.records[role.collection] ?? {};
  const deleted = new Set(state.deleted[role.collection] ?? []);
  if (role.kind === 'list') {
    if (Object.keys(stored).length === 0 && deleted.size === 0) return { kind: 'stateless' };
    return { kind: 'answer', answer: { ...success, value: withRecords(success.value, Object.values(stored), deleted) }, state };
  }
  if (role.kind === 'create') {
    if (!isRecord(success.value)) return { kind: 'stateless' };
    const key = idProperty(success.value);
    if (key === undefined) return { kind: 'stateless' };
    const counter = state.counter + 1;
    const id = nextId(success.value[key], counter);
    const record = { ...success.value, ...(isRecord(body) ? body : {}), [key]: id };
    const next: MockState = { ...state, counter, records: { ...state.records, [role.collection]: { ...stored, [String(id)]: record } } };
    const headers = success.headers.map((h) => (h.name.toLowerCase() === 'location' ? { ...h, value: `${url.replace(/\/+$/, '')}/${encodeURIComponent(String(id))}` } : h));
    return { kind: 'answer', answer: { ...success, headers, value: record }, state: next };
  }
  return applyItem(role, success, body, state);
}

function applyItem(role: ItemRole, success: MockAnswer, body: unknown, state: MockState): CollectionOutcome {
  const stored = state.records[role.collection] ?? {};
  const deleted = new Set(state.deleted[role.collection] ?? []);
  if (deleted.has(role.id)) return { kind: 'not-found', collection: role.collection, id: role.id };
  const existing = stored[role.id];
  // An id the tab never created reads as the documented example, with the id asked for.
  const exampleKey = isRecord(success.value) ? idProperty(success.value) : undefined;
  const base = existing ?? (isRecord(success.value) && exampleKey ? { ...success.value, [exampleKey]: role.id } : success.value);
  if (role.kind === 'read') return { kind: 'answer', answer: { ...success, value: base }, state };
  if (role.kind === 'delete') {
    const rest = Object.fromEntries(Object.entries(stored).filter(([id]) => id !== role.id));
    const next: MockState = { ...state, records: { ...state.records, [role.collection]: rest }, deleted: { ...state.deleted, [role.collection]: [...deleted, role.id] } };
    return { kind: 'answer', answer: success, state: next };
  }
  if (!isRecord(base)) return { kind: 'stateless' };
  const key = idProperty(base);
  const updated = role.kind === 'replace' ? { ...base, ...(isRecord(body) ? body : {}) } : (mergePatch(base, body) as Obj);
  const record = key ? { ...updated, [key]: base[key] } : updated;
  const next: MockState = { ...state, records: { ...state.records, [role.collection]: { ...stored, [role.id]: record } } };
  return { kind: 'answer', answer: { ...success, value: success.contentType === '' ? undefined : record }, state: next };
}
