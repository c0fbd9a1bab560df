import { notFound } from './api-problem';
import type { ReviewRecord, Store } from './create-store';
import { pageHeaders, paginate } from './paginate';
import { presentReview } from './present-resources';
import { ensureRoomForRecord } from './storage-limits';
import type { Handler } from './types';

export function createReviewHandlers(store: Store): Record<string, Handler> {
  const requireBookId = (id: string): string => {
    if (!store.books.has(id)) throw notFound('book', id);
    return id;
  };
  const requireReview = (id: string): ReviewRecord => {
    const found = store.reviews.get(id);
    if (!found) throw notFound('review', id);
    return found;
  };

  return {
    listBookReviews(ctx) {
      const bookId = requireBookId(ctx.path.bookId);
      const q = ctx.query as { limit: number; cursor?: string; minRating: number };
      const matches = [...store.reviews.values()]
        .filter((r) => r.bookId === bookId && r.rating >= q.minRating)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
      const page = paginate(matches, q.limit, q.cursor);
      return { status: 200, json: { data: page.data.map(presentReview), nextCursor: page.nextCursor }, headers: pageHeaders(ctx, page) };
    },

    createBookReview(ctx) {
      const bookId = requireBookId(ctx.path.bookId);
      const input = ctx.body as { rating: number; title?: string | null; body: string };
      ensureRoomForRecord(store.reviews, 'reviews', 'DELETE /reviews/{reviewId}', store.limits);
      const created: ReviewRecord = {
        id: store.nextId('rv'),
        bookId,
        rating: input.rating,
        title: input.title ?? null,
        body: input.body,
        reviewer: store.account.name,
        createdAt: store.now(),
      };
      store.reviews.set(created.id, created);
      return { status: 201, json: presentReview(created), headers: { Location: `/reviews/${created.id}` } };
    },

    getReview: (ctx) => ({ status: 200, json: presentReview(requireReview(ctx.path.reviewId)) }),

    deleteReview(ctx) {
      store.reviews.delete(requireReview(ctx.path.reviewId).id);
      return { status: 204 };
    },
  };
}
