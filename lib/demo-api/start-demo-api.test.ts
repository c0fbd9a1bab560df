import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCheckedClient, type CheckedCall } from './create-checked-client';
import { createResponseValidator } from './create-response-validator';
import { loadSpec } from './load-spec';
import { SEED_COVER_PNG } from './seed-data';
import { startDemoApi } from './start-demo-api';
import type { DemoApi } from './types';

const KEY = { 'X-API-Key': 'demo-key' };
const BEARER = { Authorization: 'Bearer demo-token' };
const JSON_TYPE = { 'Content-Type': 'application/json' };

let api: DemoApi;
let call: CheckedCall;
let validate: ReturnType<typeof createResponseValidator>;

beforeAll(async () => {
  validate = createResponseValidator(await loadSpec());
});
beforeEach(async () => {
  // A fresh server per test: each has its own in-memory data.
  api = await startDemoApi({ port: 0 });
  call = createCheckedClient(api.url, validate);
});
afterEach(async () => {
  await api.close();
});

interface BookBody {
  id: string;
  title: string;
  genre: string;
  available: boolean;
  tags: string[];
  format: Record<string, unknown>;
  coverUrl: string | null;
}
interface BookPage {
  data: BookBody[];
  nextCursor: string | null;
}
interface Problem {
  type: string;
  status: number;
  detail: string;
  errors?: { in: string; field: string; code: string; message: string }[];
}

const ids = (page: unknown) => (page as BookPage).data.map((b) => b.id);

describe('listBooks', () => {
  it('pages through all books with cursors, headers and links', async () => {
    const seen: string[] = [];
    let path = '/books?limit=5';
    for (let pageNo = 0; pageNo < 10; pageNo++) {
      const res = await call('listBooks', 'GET', path);
      expect(res.status).toBe(200);
      expect(res.conformance).toEqual([]);
      expect(res.headers.get('x-total-count')).toBe('12');
      const page = res.json as BookPage;
      seen.push(...page.data.map((b) => b.id));
      if (page.nextCursor === null) {
        expect(res.headers.get('link')).toBeNull();
        break;
      }
      expect(page.data).toHaveLength(5);
      expect(res.headers.get('x-next-cursor')).toBe(page.nextCursor);
      const link = /^<([^>]+)>; rel="next"$/.exec(res.headers.get('link') ?? '');
      expect(link).not.toBeNull();
      const next = new URL(link![1]);
      expect(next.searchParams.get('limit')).toBe('5');
      path = `${next.pathname}${next.search}`;
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
  });

  it('sorts by title by default and honours sort=-publishedYear', async () => {
    const byTitle = await call('listBooks', 'GET', '/books');
    const titles = (byTitle.json as BookPage).data.map((b) => b.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
    const newest = await call('listBooks', 'GET', '/books?sort=-publishedYear&limit=1');
    expect(ids(newest.json)).toEqual(['bk_007']);
  });

  it('filters by genre, availability, every tag given, search text and author', async () => {
    expect(ids((await call('listBooks', 'GET', '/books?genre=mystery')).json).sort()).toEqual(['bk_006', 'bk_007']);
    expect(ids((await call('listBooks', 'GET', '/books?available=false')).json).sort()).toEqual(['bk_003', 'bk_009', 'bk_011']);
    expect(ids((await call('listBooks', 'GET', '/books?tags=classic&tags=gothic')).json).sort()).toEqual(['bk_003', 'bk_007', 'bk_012']);
    expect(ids((await call('listBooks', 'GET', '/books?q=DOYLE')).json).sort()).toEqual(['bk_006', 'bk_007']);
    expect(ids((await call('listBooks', 'GET', '/books?authorId=au_003&genre=science-fiction')).json).sort()).toEqual(['bk_004', 'bk_005']);
  });

  it('rejects bad query parameters, naming each one', async () => {
    const res = await call('listBooks', 'GET', '/books?limit=500&genre=cookbook&available=perhaps');
    expect(res.status).toBe(400);
    expect(res.conformance).toEqual([]);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const fields = (res.json as Problem).errors?.map((e) => `${e.in}:${e.field}:${e.code}`);
    expect(fields).toEqual(expect.arrayContaining(['query:limit:maximum', 'query:genre:enum', 'query:available:type']));
    const bad = await call('listBooks', 'GET', '/books?cursor=not-a-cursor');
    expect(bad.status).toBe(400);
    expect((bad.json as Problem).errors?.[0]).toMatchObject({ in: 'query', field: 'cursor' });
  });
});

describe('books: create, read, update, delete', () => {
  it('creates a book that can then be fetched, listed and updated', async () => {
    const created = await call('createBook', 'POST', '/books', {
      headers: { ...KEY, ...JSON_TYPE },
      body: JSON.stringify({ title: 'The Invisible Man', authorId: 'au_003', genre: 'science-fiction', format: { type: 'ebook', fileFormat: 'epub' } }),
    });
    expect(created.status).toBe(201);
    expect(created.conformance).toEqual([]);
    const book = created.json as BookBody;
    expect(book).toMatchObject({ title: 'The Invisible Man', available: true, tags: [], coverUrl: null, format: { type: 'ebook', drmFree: true } });
    expect(created.headers.get('location')).toBe(`/books/${book.id}`);

    const fetched = await call('getBook', 'GET', `/books/${book.id}`);
    expect(fetched.conformance).toEqual([]);
    expect(fetched.json).toEqual(book);
    expect(ids((await call('listBooks', 'GET', '/books?q=invisible')).json)).toEqual([book.id]);

    const patched = await call('updateBook', 'PATCH', `/books/${book.id}`, {
      headers: { ...BEARER, ...JSON_TYPE },
      body: JSON.stringify({ available: false, subtitle: 'A Grotesque Romance' }),
    });
    expect(patched.status).toBe(200);
    expect(patched.conformance).toEqual([]);
    expect(patched.json).toMatchObject({ id: book.id, available: false, subtitle: 'A Grotesque Romance', title: 'The Invisible Man' });
  });

  it('deletes a book with its reviews, then answers 404 naming the id', async () => {
    expect((await call('deleteBook', 'DELETE', '/books/bk_007', { headers: KEY })).status).toBe(204);
    const gone = await call('getBook', 'GET', '/books/bk_007');
    expect(gone.status).toBe(404);
    expect(gone.conformance).toEqual([]);
    expect(gone.json).toMatchObject({ type: 'https://api.bookshelf.example/problems/not-found', status: 404 });
    expect((gone.json as Problem).detail).toContain('bk_007');
    expect((await call('getReview', 'GET', '/reviews/rv_001')).status).toBe(404);
    expect((await call('deleteBook', 'DELETE', '/books/bk_007', { headers: KEY })).status).toBe(404);
  });

  it('answers 400 for an ID that cannot exist and 404 for one that does not', async () => {
    const malformed = await call('getBook', 'GET', '/books/42');
    expect(malformed.status).toBe(400);
    expect((malformed.json as Problem).errors?.[0]).toMatchObject({ in: 'path', field: 'bookId', code: 'pattern' });
    expect((await call('getBook', 'GET', '/books/bk_999')).status).toBe(404);
  });
});

describe('validation errors', () => {
  it('lists every invalid body field with the rule and a readable message', async () => {
    const res = await call('createBook', 'POST', '/books', {
      headers: { ...KEY, ...JSON_TYPE },
      body: JSON.stringify({ title: '', authorId: 'au_001', genre: 'cookbook', format: { type: 'print', binding: 'spiral', pages: 0 }, colour: 'red' }),
    });
    expect(res.status).toBe(400);
    expect(res.conformance).toEqual([]);
    const problem = res.json as Problem;
    expect(problem.type).toBe('https://api.bookshelf.example/problems/validation-error');
    expect(problem.detail).toContain('title');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { in: 'body', field: 'title', code: 'minLength', message: 'must NOT have fewer than 1 characters' },
        expect.objectContaining({ field: 'genre', code: 'enum', message: expect.stringContaining('mystery') }),
        expect.objectContaining({ field: 'format.binding', code: 'enum' }),
        expect.objectContaining({ field: 'format.pages', code: 'minimum' }),
        { in: 'body', field: 'colour', code: 'unevaluatedProperties', message: 'is not a known field' },
      ]),
    );
  });

  it('names the allowed discriminator values for an unknown format type', async () => {
    const res = await call('createBook', 'POST', '/books', {
      headers: { ...KEY, ...JSON_TYPE },
      body: JSON.stringify({ title: 'X', authorId: 'au_001', genre: 'fiction', format: { type: 'scroll' } }),
    });
    expect((res.json as Problem).errors).toEqual([{ in: 'body', field: 'format.type', code: 'discriminator', message: 'must be one of: print, ebook, audiobook' }]);
  });

  it('rejects malformed JSON, a wrong content type, an empty patch and an unknown author', async () => {
    const broken = await call('createBook', 'POST', '/books', { headers: { ...KEY, ...JSON_TYPE }, body: '{"title":' });
    expect(broken.status).toBe(400);
    expect((broken.json as Problem).type).toMatch(/invalid-json$/);
    const text = await call('createBook', 'POST', '/books', { headers: { ...KEY, 'Content-Type': 'text/plain' }, body: 'hello' });
    expect(text.status).toBe(415);
    expect(text.conformance).toEqual([]);
    const empty = await call('updateBook', 'PATCH', '/books/bk_001', { headers: { ...KEY, ...JSON_TYPE }, body: '{}' });
    expect((empty.json as Problem).errors?.[0]).toMatchObject({ code: 'minProperties', message: 'must contain at least one field' });
    const orphan = await call('updateBook', 'PATCH', '/books/bk_001', { headers: { ...KEY, ...JSON_TYPE }, body: JSON.stringify({ authorId: 'au_999' }) });
    expect(orphan.status).toBe(422);
    expect(orphan.conformance).toEqual([]);
    expect((orphan.json as Problem).errors?.[0]).toMatchObject({ field: 'authorId' });
  });
});

describe('authentication', () => {
  const body = JSON.stringify({ name: 'Ursula Vance' });

  it('answers 401 without or with wrong credentials, and accepts either scheme', async () => {
    const none = await call('createAuthor', 'POST', '/authors', { headers: JSON_TYPE, body });
    expect(none.status).toBe(401);
    expect(none.conformance).toEqual([]);
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect((none.json as Problem).detail).toContain('X-API-Key');
    const wrong = await call('createAuthor', 'POST', '/authors', { headers: { ...JSON_TYPE, 'X-API-Key': 'guess' }, body });
    expect(wrong.status).toBe(401);
    expect((wrong.json as Problem).detail).toContain('not valid');
    expect((await call('createAuthor', 'POST', '/authors', { headers: { ...JSON_TYPE, ...KEY }, body })).status).toBe(201);
    expect((await call('createAuthor', 'POST', '/authors', { headers: { ...JSON_TYPE, ...BEARER }, body })).status).toBe(201);
  });

  it('keeps reads public and /me bearer-only', async () => {
    expect((await call('getAuthor', 'GET', '/authors/au_001')).status).toBe(200);
    const withKey = await call('getMe', 'GET', '/me', { headers: KEY });
    expect(withKey.status).toBe(401);
    expect((withKey.json as Problem).detail).toContain('bearer');
    const me = await call('getMe', 'GET', '/me', { headers: BEARER });
    expect(me.status).toBe(200);
    expect(me.conformance).toEqual([]);
  });

  it('never returns the write-only webhook secret', async () => {
    const res = await call('createWebhookSubscription', 'POST', '/webhooks', {
      headers: { ...KEY, ...JSON_TYPE },
      body: JSON.stringify({ url: 'https://example.com/hook', events: ['book.deleted'], secret: 'a-long-enough-secret' }),
    });
    expect(res.status).toBe(201);
    expect(res.conformance).toEqual([]);
    expect(res.json).not.toHaveProperty('secret');
  });
});

describe('book covers', () => {
  const png = Buffer.from(SEED_COVER_PNG, 'base64');
  const upload = (file: Blob | undefined, altText?: string, bookId = 'bk_002') => {
    const form = new FormData();
    if (file) form.append('file', file, 'cover.png');
    if (altText !== undefined) form.append('altText', altText);
    return call('uploadBookCover', 'PUT', `/books/${bookId}/cover`, { headers: KEY, body: form });
  };

  it('stores an uploaded cover and serves the same bytes back', async () => {
    expect((await call('getBookCover', 'GET', '/books/bk_002/cover')).status).toBe(404);
    const res = await upload(new Blob([png], { type: 'image/png' }), 'Plain blue cover');
    expect(res.status).toBe(200);
    expect(res.conformance).toEqual([]);
    expect(res.json).toMatchObject({ bookId: 'bk_002', contentType: 'image/png', size: png.length, altText: 'Plain blue cover', url: '/books/bk_002/cover' });
    const cover = await call('getBookCover', 'GET', '/books/bk_002/cover');
    expect(cover.status).toBe(200);
    expect(cover.conformance).toEqual([]);
    expect(cover.headers.get('content-type')).toBe('image/png');
    expect(cover.bytes.equals(png)).toBe(true);
    expect((await call('getBook', 'GET', '/books/bk_002')).json).toMatchObject({ coverUrl: '/books/bk_002/cover' });
  });

  it('takes the image itself as an image/* body, and names the body when it is not an image', async () => {
    const raw = (bytes: Buffer, type: string) => call('uploadBookCover', 'PUT', '/books/bk_004/cover', { headers: { ...KEY, 'Content-Type': type }, body: new Uint8Array(bytes) });
    const res = await raw(png, 'image/png');
    expect(res.status).toBe(200);
    expect(res.conformance).toEqual([]);
    expect(res.json).toMatchObject({ bookId: 'bk_004', contentType: 'image/png', size: png.length, altText: null });
    expect((await call('getBookCover', 'GET', '/books/bk_004/cover')).bytes.equals(png)).toBe(true);
    const text = await raw(Buffer.from('just text'), 'image/png');
    expect(text.status).toBe(415);
    expect((text.json as Problem).detail).toBe('The body is not a PNG, JPEG, WebP or GIF image.');
    expect((await raw(png, 'text/plain')).status).toBe(415);
  });

  it('answers 413 for a file over 1 MB, 415 for a non-image and 400 without a file', async () => {
    const big = Buffer.concat([png, Buffer.alloc(1024 * 1024)]);
    const tooBig = await upload(new Blob([big], { type: 'image/png' }));
    expect(tooBig.status).toBe(413);
    expect(tooBig.conformance).toEqual([]);
    const notImage = await upload(new Blob(['just text'], { type: 'image/png' }));
    expect(notImage.status).toBe(415);
    expect((notImage.json as Problem).errors?.[0]).toMatchObject({ field: 'file' });
    const missing = await upload(undefined, 'alt only');
    expect(missing.status).toBe(400);
    expect((missing.json as Problem).errors?.[0]).toMatchObject({ in: 'body', field: 'file', code: 'required' });
  });
});
