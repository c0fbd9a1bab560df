import { DEFAULT_STORAGE_LIMITS, type StorageLimits } from './storage-limits';
import { SEED_ACCOUNT, SEED_AUTHORS, SEED_BOOKS, SEED_COVER_PNG, SEED_GENRES, SEED_REVIEWS, SEED_SUBSCRIPTIONS } from './seed-data';

export interface BookRecord {
  id: string;
  title: string;
  subtitle: string | null;
  authorId: string;
  isbn: string | null;
  genre: string;
  tags: string[];
  summary: string | null;
  publishedYear: number | null;
  price?: { amount: number; currency?: string };
  available: boolean;
  /** One of the `BookFormat` variants; validated against the spec before it gets here. */
  format: { type: string } & Record<string, unknown>;
  publisher?: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

export interface CoverRecord {
  bytes: Buffer;
  contentType: string;
  altText: string | null;
  uploadedAt: string;
}

export interface AuthorRecord {
  id: string;
  name: string;
  bio: string | null;
  birthYear: number | null;
  deathYear: number | null;
  website: string | null;
}

export interface ReviewRecord {
  id: string;
  bookId: string;
  rating: number;
  title: string | null;
  body: string;
  reviewer: string;
  createdAt: string;
}

export interface SubscriptionRecord {
  id: string;
  url: string;
  events: string[];
  secret: string | null;
  createdAt: string;
}

export interface GenreRecord {
  slug: string;
  name: string;
  subgenres: GenreRecord[];
}

export interface AccountRecord {
  id: string;
  name: string;
  email: string;
  plan: string;
  createdAt: string;
}

export type IdPrefix = 'bk' | 'au' | 'rv' | 'wh';

/** All demo data of one server instance; nothing is shared between instances. */
export interface Store {
  books: Map<string, BookRecord>;
  covers: Map<string, CoverRecord>;
  authors: Map<string, AuthorRecord>;
  reviews: Map<string, ReviewRecord>;
  subscriptions: Map<string, SubscriptionRecord>;
  genres: GenreRecord[];
  account: AccountRecord;
  /** Caps on what this instance keeps; handlers check them before storing (see storage-limits). */
  limits: StorageLimits;
  /** A fresh ID such as `bk_013`, matching the spec's ID patterns. */
  nextId(prefix: IdPrefix): string;
  now(): string;
}

/** Creates a store filled with the seed data (deep copies, so instances never share records). */
export function createStore(limits: StorageLimits = DEFAULT_STORAGE_LIMITS): Store {
  const books = new Map(SEED_BOOKS.map((b) => [b.id, structuredClone(b)]));
  const authors = new Map(SEED_AUTHORS.map((a) => [a.id, structuredClone(a)]));
  const reviews = new Map(SEED_REVIEWS.map((r) => [r.id, structuredClone(r)]));
  const subscriptions = new Map(SEED_SUBSCRIPTIONS.map((s) => [s.id, structuredClone(s)]));
  const cover = Buffer.from(SEED_COVER_PNG, 'base64');
  const covers = new Map<string, CoverRecord>(
    ['bk_001', 'bk_005', 'bk_009'].map((id) => [
      id,
      { bytes: cover, contentType: 'image/png', altText: 'A dark blue cover with a white band for the title', uploadedAt: '2024-01-15T10:00:00.000Z' },
    ]),
  );
  const counters = new Map<IdPrefix, number>([
    ['bk', books.size],
    ['au', authors.size],
    ['rv', reviews.size],
    ['wh', subscriptions.size],
  ]);
  return {
    books,
    covers,
    authors,
    reviews,
    subscriptions,
    genres: structuredClone(SEED_GENRES),
    account: structuredClone(SEED_ACCOUNT),
    limits,
    nextId(prefix) {
      const next = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, next);
      return `${prefix}_${String(next).padStart(3, '0')}`;
    },
    now: () => new Date().toISOString(),
  };
}
