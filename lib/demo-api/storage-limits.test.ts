import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { reasonPhrase } from '../http/reason-phrases';
import { createCheckedClient, type CheckedCall } from './create-checked-client';
import { createResponseValidator } from './create-response-validator';
import { loadSpec } from './load-spec';
import { SEED_COVER_PNG } from './seed-data';
import { startDemoApi } from './start-demo-api';
import type { StorageLimits } from './storage-limits';
import type { DemoApi } from './types';

const AUTH = { 'X-API-Key': 'demo-key', 'Content-Type': 'application/json' };
const png = Buffer.from(SEED_COVER_PNG, 'base64');

let api: DemoApi | undefined;
let validate: ReturnType<typeof createResponseValidator>;

beforeAll(async () => {
  validate = createResponseValidator(await loadSpec());
});
afterEach(async () => {
  await api?.close();
  api = undefined;
});

async function start(limits: Partial<StorageLimits>): Promise<CheckedCall> {
  api = await startDemoApi({ port: 0, limits });
  return createCheckedClient(api.url, validate);
}

/** A 507 problem, as the spec documents it. */
function expectFull(res: Awaited<ReturnType<CheckedCall>>, says: string) {
  expect(res.status).toBe(507);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  expect(res.conformance).toEqual([]);
  expect(res.json).toMatchObject({
    type: 'https://api.bookshelf.example/problems/insufficient-storage',
    title: 'Insufficient Storage',
    status: 507,
    detail: expect.stringContaining(says),
  });
}

describe('demo API storage caps', () => {
  it('answers 507 when a collection is full, and stores again once a record is deleted', async () => {
    // The seed has 12 books, so a cap of 12 leaves no room.
    const call = await start({ recordsPerCollection: 12 });
    const book = JSON.stringify({ title: 'Overflow', authorId: 'au_001', genre: 'fiction', format: { type: 'ebook', fileFormat: 'epub' } });
    expectFull(await call('createBook', 'POST', '/books', { headers: AUTH, body: book }), 'at most 12 books');
    expect((await call('listBooks', 'GET', '/books?limit=100')).headers.get('x-total-count')).toBe('12');
    expect((await call('deleteBook', 'DELETE', '/books/bk_012', { headers: AUTH })).status).toBe(204);
    expect((await call('createBook', 'POST', '/books', { headers: AUTH, body: book })).status).toBe(201);
  });

  it('caps every collection a client can add to', async () => {
    const call = await start({ recordsPerCollection: 1 });
    const creates: Array<[string, string, string, string]> = [
      ['createAuthor', '/authors', JSON.stringify({ name: 'Ursula Vance' }), 'authors'],
      ['createBookReview', '/books/bk_001/reviews', JSON.stringify({ rating: 4, body: 'Good, and long enough.' }), 'reviews'],
      ['createWebhookSubscription', '/webhooks', JSON.stringify({ url: 'https://example.com/hook', events: ['book.deleted'] }), 'webhook subscriptions'],
    ];
    for (const [operationId, path, body, what] of creates) {
      const res = await call(operationId, 'POST', path, { headers: AUTH, body });
      expect(res.status, `${operationId}: ${res.text}`).toBe(507);
      expectFull(res, `at most 1 ${what}`);
    }
  });

  it('caps the bytes of all covers together (507); one cover over 1 MB stays 413', async () => {
    // Three seed covers of png.length bytes each fill the budget exactly.
    const call = await start({ coverBytes: 3 * png.length });
    const put = (bookId: string, bytes: Buffer) =>
      call('uploadBookCover', 'PUT', `/books/${bookId}/cover`, { headers: { 'X-API-Key': 'demo-key', 'Content-Type': 'image/png' }, body: new Uint8Array(bytes) });
    expectFull(await put('bk_002', png), `at most ${3 * png.length} bytes of cover images`);
    // Replacing a cover frees its old bytes first.
    expect((await put('bk_001', png)).status).toBe(200);
    const tooBig = await put('bk_002', Buffer.concat([png, Buffer.alloc(1024 * 1024)]));
    expect(tooBig.status).toBe(413);
    expect(tooBig.conformance).toEqual([]);
    expect(tooBig.json).toMatchObject({ title: reasonPhrase(413), status: 413 });
    expect(reasonPhrase(413)).toBe('Content Too Large');
  });
});
