import type { AuthorRecord, BookRecord, ReviewRecord, Store, SubscriptionRecord } from './create-store';

/** A book as the spec's `Book` schema describes it, with the computed read-only fields. */
export function presentBook(store: Store, book: BookRecord): Record<string, unknown> {
  const ratings = [...store.reviews.values()].filter((r) => r.bookId === book.id).map((r) => r.rating);
  const average = ratings.length === 0 ? null : Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10;
  return {
    id: book.id,
    title: book.title,
    subtitle: book.subtitle,
    authorId: book.authorId,
    isbn: book.isbn,
    genre: book.genre,
    tags: book.tags,
    summary: book.summary,
    publishedYear: book.publishedYear,
    ...(book.price ? { price: book.price } : {}),
    available: book.available,
    format: book.format,
    ...(book.publisher ? { publisher: book.publisher } : {}),
    coverUrl: store.covers.has(book.id) ? `/books/${book.id}/cover` : null,
    averageRating: average,
    reviewCount: ratings.length,
    createdAt: book.createdAt,
    updatedAt: book.updatedAt,
  };
}

export function presentAuthor(store: Store, author: AuthorRecord): Record<string, unknown> {
  const bookCount = [...store.books.values()].filter((b) => b.authorId === author.id).length;
  return { ...author, bookCount };
}

export function presentReview(review: ReviewRecord): Record<string, unknown> {
  return { ...review };
}

/** The secret is write-only: it is never sent back. */
export function presentSubscription(subscription: SubscriptionRecord): Record<string, unknown> {
  return { id: subscription.id, url: subscription.url, events: subscription.events, createdAt: subscription.createdAt };
}
