import { describe, expect, it } from 'vitest';
import { addHistoryEntry, BODIES_KEPT, HISTORY_LIMIT, MAX_STORED_BODY_CHARS, parseHistory, toHistoryEntry } from './request-history';
import type { PreparedRequest } from '../request/types';

const request: PreparedRequest = {
  method: 'GET',
  url: 'https://api.example.com/books?limit=2&api_key=s3cret',
  headers: [{ name: 'Authorization', value: 'Bearer t0ken', secret: true }],
  queryString: [
    { name: 'limit', value: '2' },
    { name: 'api_key', value: 's3cret', secret: true },
  ],
  cookies: [],
};
const shared = { operation: 'list-books', parameters: { 'query.limit': '2' } };

describe('request history', () => {
  it('keeps method, masked URL, status, time and size, and no secret anywhere', () => {
    const entry = toHistoryEntry({ at: 1_700_000_000_000, page: '/reference/bookshelf/list-books/', request, shared, outcome: { status: 200, size: 512, durationMs: 42, mocked: true } });
    expect(entry).toMatchObject({ method: 'GET', url: 'https://api.example.com/books?limit=2&api_key=****', status: 200, size: 512, durationMs: 42, mocked: true, operation: 'list-books' });
    expect(JSON.stringify(entry)).not.toMatch(/s3cret|t0ken/);
  });

  it('records network failures by their title', () => {
    const entry = toHistoryEntry({ at: 1, page: '/p/', request, shared, outcome: { error: 'Blocked by CORS', durationMs: 3 } });
    expect(entry).toMatchObject({ error: 'Blocked by CORS', size: 0 });
    expect(entry.status).toBeUndefined();
  });

  it('keeps the newest 50 and survives a round trip through storage', () => {
    let entries = parseHistory(null);
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) entries = addHistoryEntry(entries, toHistoryEntry({ at: i, page: '/p/', request, shared, outcome: { status: 200, size: i, durationMs: 1 } }));
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0].size).toBe(HISTORY_LIMIT + 4);
    expect(parseHistory(JSON.stringify(entries))).toEqual(entries);
  });

  it('drops stored entries of the wrong shape or pointing off the site', () => {
    const good = toHistoryEntry({ at: 1, page: '/p/', request, shared, outcome: { status: 200, size: 1, durationMs: 1 } });
    expect(parseHistory(JSON.stringify([good, { ...good, page: 'https://evil.example/' }, { ...good, page: '//evil.example/' }, { ...good, page: '/\\evil.example/' }, { id: 3 }, null]))).toEqual([good]);
    expect(parseHistory('not json')).toEqual([]);
  });
});

describe('stored responses', () => {
  const answered = (at: number, bodyText: string, contentType = 'application/json') =>
    toHistoryEntry({
      at,
      page: '/p/',
      request,
      shared,
      outcome: { status: 200, size: bodyText.length, durationMs: 5, contentType, bodyText, headers: [{ name: 'Content-Type', value: contentType }, { name: 'Set-Cookie', value: 'sid=abc' }, { name: 'X-Auth-Token', value: 'tok' }] },
    });

  it('keeps headers without cookies or secrets, and a text body with JSON secrets emptied', () => {
    const entry = answered(1, '{"id":1,"token":"s3cret"}');
    expect(entry.response).toEqual({ headers: [['Content-Type', 'application/json']], contentType: 'application/json', body: JSON.stringify({ id: 1, token: '' }, null, 2) });
    expect(answered(2, 'x'.repeat(10), 'image/png').response?.body).toBeUndefined();
  });

  it('bounds storage: bodies cut at the limit, and only the newest entries keep theirs', () => {
    const long = answered(1, 'a'.repeat(MAX_STORED_BODY_CHARS + 10), 'text/plain');
    expect(long.response).toMatchObject({ truncated: true });
    expect(long.response?.body).toHaveLength(MAX_STORED_BODY_CHARS);
    let entries: ReturnType<typeof parseHistory> = [];
    for (let i = 0; i < BODIES_KEPT + 3; i++) entries = addHistoryEntry(entries, answered(i, `{"n":${i}}`));
    expect(entries.filter((e) => e.response?.body !== undefined)).toHaveLength(BODIES_KEPT);
    expect(entries.at(-1)?.response).toEqual({ headers: [['Content-Type', 'application/json']], contentType: 'application/json' });
    const tampered = { ...entries[0], response: { headers: 'x', contentType: 1 } };
    expect(parseHistory(JSON.stringify([tampered]))[0]).not.toHaveProperty('response');
  });
});
