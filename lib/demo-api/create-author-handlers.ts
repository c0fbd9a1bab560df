import { ApiProblem, notFound } from './api-problem';
import type { AuthorRecord, Store } from './create-store';
import { pageHeaders, paginate } from './paginate';
import { presentAuthor } from './present-resources';
import { ensureRoomForRecord } from './storage-limits';
import type { Handler } from './types';

type AuthorInput = Partial<Omit<AuthorRecord, 'id'>>;

export function createAuthorHandlers(store: Store): Record<string, Handler> {
  const requireAuthor = (id: string): AuthorRecord => {
    const found = store.authors.get(id);
    if (!found) throw notFound('author', id);
    return found;
  };

  return {
    listAuthors(ctx) {
      const q = ctx.query as { limit: number; cursor?: string; q?: string };
      const needle = q.q?.toLowerCase();
      const matches = [...store.authors.values()]
        .filter((a) => needle === undefined || a.name.toLowerCase().includes(needle))
        .sort((a, b) => a.name.localeCompare(b.name));
      const page = paginate(matches, q.limit, q.cursor);
      return {
        status: 200,
        json: { data: page.data.map((a) => presentAuthor(store, a)), nextCursor: page.nextCursor },
        headers: pageHeaders(ctx, page),
      };
    },

    createAuthor(ctx) {
      const input = ctx.body as AuthorInput & Pick<AuthorRecord, 'name'>;
      ensureRoomForRecord(store.authors, 'authors', 'DELETE /authors/{authorId}', store.limits);
      const created: AuthorRecord = { bio: null, birthYear: null, deathYear: null, website: null, ...input, id: store.nextId('au') };
      store.authors.set(created.id, created);
      return { status: 201, json: presentAuthor(store, created), headers: { Location: `/authors/${created.id}` } };
    },

    getAuthor: (ctx) => ({ status: 200, json: presentAuthor(store, requireAuthor(ctx.path.authorId)) }),

    updateAuthor(ctx) {
      const current = requireAuthor(ctx.path.authorId);
      const updated: AuthorRecord = { ...current, ...(ctx.body as AuthorInput), id: current.id };
      store.authors.set(updated.id, updated);
      return { status: 200, json: presentAuthor(store, updated) };
    },

    deleteAuthor(ctx) {
      const { id, name } = requireAuthor(ctx.path.authorId);
      const books = [...store.books.values()].filter((b) => b.authorId === id);
      if (books.length > 0) {
        throw new ApiProblem(409, 'conflict', `${name} still has ${books.length} book(s) (${books.map((b) => b.id).join(', ')}). Delete or reassign them first.`);
      }
      store.authors.delete(id);
      return { status: 204 };
    },
  };
}
