import { ApiProblem, notFound, validationProblem } from './api-problem';
import type { BookRecord, GenreRecord, Store } from './create-store';
import { describeFieldErrors } from './format-validation-errors';
import { pageHeaders, paginate } from './paginate';
import { presentBook } from './present-resources';
import { readRawBody } from './read-json-body';
import { readMultipart, sniffImageType } from './read-multipart';
import { ensureRoomForCover, ensureRoomForRecord } from './storage-limits';
import type { Handler, HandlerContext } from './types';

/** Largest accepted cover image, as the spec's `Cover.size` maximum says. */
export const MAX_COVER_BYTES = 1024 * 1024;
const COVER_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

interface CoverInput {
  bytes?: Buffer;
  /** Where the image was, for error answers: the `file` part, or '' for the body itself. */
  field: string;
  /** How error messages name it: `The file "x.png"`, `Body field "file"`, `The body`. */
  label: string;
  altText: string | null;
}

/** Writable book fields; the request validator has already checked them against `BookCreate`/`BookUpdate`. */
type BookInput = Partial<Omit<BookRecord, 'id' | 'createdAt' | 'updatedAt'>>;

export function createBookHandlers(store: Store): Record<string, Handler> {
  const requireBook = (id: string): BookRecord => {
    const found = store.books.get(id);
    if (!found) throw notFound('book', id);
    return found;
  };

  const checkReferences = (input: BookInput, selfId?: string) => {
    if (input.authorId !== undefined && !store.authors.has(input.authorId)) {
      throw new ApiProblem(422, 'unprocessable-entity', `There is no author with the ID ${input.authorId}. Create the author first.`, [
        { in: 'body', field: 'authorId', code: 'exists', message: 'must be the ID of an existing author' },
      ]);
    }
    if (input.isbn) {
      const clash = [...store.books.values()].find((b) => b.isbn === input.isbn && b.id !== selfId);
      if (clash) {
        throw new ApiProblem(409, 'conflict', `The book ${clash.id} already has the ISBN ${input.isbn}.`, [
          { in: 'body', field: 'isbn', code: 'unique', message: `is already used by ${clash.id}` },
        ]);
      }
    }
  };

  return {
    listBooks(ctx) {
      const q = ctx.query as { limit: number; cursor?: string; genre?: string; q?: string; available?: boolean; tags?: string[]; authorId?: string; sort: string };
      const needle = q.q?.toLowerCase();
      const matches = [...store.books.values()].filter((b) => {
        if (q.genre !== undefined && b.genre !== q.genre) return false;
        if (q.available !== undefined && b.available !== q.available) return false;
        if (q.authorId !== undefined && b.authorId !== q.authorId) return false;
        if (q.tags && !q.tags.every((tag) => b.tags.includes(tag))) return false;
        if (needle !== undefined) {
          const author = store.authors.get(b.authorId)?.name ?? '';
          return [b.title, b.subtitle, b.summary, author].some((text) => text?.toLowerCase().includes(needle));
        }
        return true;
      });
      const page = paginate(sortBooks(matches, q.sort), q.limit, q.cursor);
      return {
        status: 200,
        json: { data: page.data.map((b) => presentBook(store, b)), nextCursor: page.nextCursor },
        headers: pageHeaders(ctx, page),
      };
    },

    createBook(ctx) {
      const input = ctx.body as BookInput & Pick<BookRecord, 'title' | 'authorId' | 'genre' | 'format'>;
      checkReferences(input);
      ensureRoomForRecord(store.books, 'books', 'DELETE /books/{bookId}', store.limits);
      const now = store.now();
      const created: BookRecord = {
        subtitle: null,
        isbn: null,
        summary: null,
        publishedYear: null,
        tags: [],
        available: true,
        ...input,
        id: store.nextId('bk'),
        createdAt: now,
        updatedAt: now,
      };
      store.books.set(created.id, created);
      return { status: 201, json: presentBook(store, created), headers: { Location: `/books/${created.id}` } };
    },

    getBook: (ctx) => ({ status: 200, json: presentBook(store, requireBook(ctx.path.bookId)) }),

    updateBook(ctx) {
      const current = requireBook(ctx.path.bookId);
      const changes = ctx.body as BookInput;
      checkReferences(changes, current.id);
      const updated: BookRecord = { ...current, ...changes, id: current.id, createdAt: current.createdAt, updatedAt: store.now() };
      store.books.set(updated.id, updated);
      return { status: 200, json: presentBook(store, updated) };
    },

    deleteBook(ctx) {
      const { id } = requireBook(ctx.path.bookId);
      store.books.delete(id);
      store.covers.delete(id);
      for (const review of [...store.reviews.values()]) if (review.bookId === id) store.reviews.delete(review.id);
      return { status: 204 };
    },

    uploadBookCover: uploadCover,

    getBookCover(ctx) {
      const { id } = requireBook(ctx.path.bookId);
      const cover = store.covers.get(id);
      if (!cover) throw new ApiProblem(404, 'not-found', `The book ${id} has no cover yet. Upload one with PUT /books/${id}/cover.`);
      return { status: 200, bytes: cover.bytes, contentType: cover.contentType, headers: { 'Cache-Control': 'no-store' } };
    },

    listGenres() {
      const counts = new Map<string, number>();
      for (const b of store.books.values()) counts.set(b.genre, (counts.get(b.genre) ?? 0) + 1);
      const present = (g: GenreRecord, top: boolean): Record<string, unknown> => ({
        slug: g.slug,
        name: g.name,
        ...(top ? { bookCount: counts.get(g.slug) ?? 0 } : {}),
        subgenres: g.subgenres.map((s) => present(s, false)),
      });
      return { status: 200, json: { data: store.genres.map((g) => present(g, true)) } };
    },
  };

  /** The image and its text from a multipart form, or the raw body sent as `image/*`, with how errors name it. */
  async function readCover(ctx: HandlerContext): Promise<CoverInput> {
    const contentType = (ctx.req.headers['content-type'] ?? '').toLowerCase();
    if (contentType.startsWith('image/')) {
      return { bytes: await readRawBody(ctx.req, MAX_COVER_BYTES, 'cover image'), field: '', label: 'The body', altText: null };
    }
    if (!contentType.startsWith('multipart/form-data')) {
      throw new ApiProblem(415, 'unsupported-media-type', `Send the cover as multipart/form-data or as an image/* body, not ${contentType || 'an untyped body'}.`);
    }
    const form = await readMultipart(ctx.req, { fileSize: MAX_COVER_BYTES });
    const file = form.files.find((f) => f.field === 'file');
    // The file part stands in as its name, so the spec's `CoverUpload` schema checks presence and the text fields.
    const errors = ctx.validateBody('multipart/form-data', { ...form.fields, ...(file ? { file: file.filename || 'file' } : {}) });
    if (errors.length > 0) throw validationProblem(errors, describeFieldErrors(errors));
    const label = file?.filename ? `The file "${file.filename}"` : 'Body field "file"';
    return { bytes: file?.bytes, field: 'file', label, altText: form.fields.altText ?? null };
  }

  async function uploadCover(ctx: HandlerContext) {
    const { bytes, field, label, altText } = await readCover(ctx);
    const { id } = requireBook(ctx.path.bookId);
    if (!bytes || bytes.length === 0) {
      throw validationProblem([{ in: 'body', field, code: 'minSize', message: 'must not be empty' }], `${label} must not be empty.`);
    }
    const sniffed = sniffImageType(bytes);
    if (!sniffed || !COVER_TYPES.includes(sniffed)) {
      throw new ApiProblem(415, 'unsupported-media-type', `${label} is not a PNG, JPEG, WebP or GIF image.`, [
        { in: 'body', field, code: 'contentType', message: `must be one of: ${COVER_TYPES.join(', ')}` },
      ]);
    }
    ensureRoomForCover(store.covers, id, bytes.length, store.limits);
    const cover = { bytes, contentType: sniffed, altText, uploadedAt: store.now() };
    store.covers.set(id, cover);
    return {
      status: 200,
      json: { bookId: id, contentType: cover.contentType, size: cover.bytes.length, altText: cover.altText, url: `/books/${id}/cover`, uploadedAt: cover.uploadedAt },
    };
  }
}

function sortBooks(books: BookRecord[], sort: string): BookRecord[] {
  const descending = sort.startsWith('-');
  const key = (descending ? sort.slice(1) : sort) as 'title' | 'publishedYear' | 'createdAt';
  const sorted = [...books].sort((a, b) => {
    const x = a[key] ?? '';
    const y = b[key] ?? '';
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order !== 0 ? order : a.id.localeCompare(b.id);
  });
  return descending ? sorted.reverse() : sorted;
}
