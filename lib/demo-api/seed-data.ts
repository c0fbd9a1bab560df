import type { AccountRecord, AuthorRecord, BookRecord, GenreRecord, ReviewRecord, SubscriptionRecord } from './create-store';

/** A 60x90 PNG "book cover", so that getBookCover has something to show out of the box. */
export const SEED_COVER_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAADwAAABaCAIAAABrM6JiAAAAc0lEQVR42u3WIQ0AIBRAQZKQgAQIMtA/AwIa4FA4BPvbbS/AyZdyqafSeogSNDQ0NDQ0NDQ0NDQ0NPQNPeYKETQ0NDQ0NDT0N7Q1hYaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoaGhoZ+agO6De612ufbSwAAAABJRU5ErkJggg==';

const HARBOR_LANE = {
  name: 'Harbor Lane Press',
  website: 'https://harborlane.example',
  address: { street: '12 Quay Street', city: 'Bristol', region: null, postalCode: 'BS1 4DB', country: 'GB' },
};
const NORTHWIND = {
  name: 'Northwind Audio',
  website: null,
  address: { street: '400 Market Street', city: 'Philadelphia', region: 'PA', postalCode: '19106', country: 'US' },
};

function book(n: number, fields: Omit<BookRecord, 'id' | 'createdAt' | 'updatedAt' | 'subtitle' | 'isbn' | 'summary'> & Partial<BookRecord>): BookRecord {
  const stamp = `2024-01-${String(n).padStart(2, '0')}T10:00:00.000Z`;
  return { id: `bk_${String(n).padStart(3, '0')}`, subtitle: null, isbn: null, summary: null, createdAt: stamp, updatedAt: stamp, ...fields };
}

export const SEED_BOOKS: BookRecord[] = [
  book(1, {
    title: 'Pride and Prejudice', authorId: 'au_001', genre: 'romance', tags: ['classic', 'regency'], publishedYear: 1813,
    isbn: '9780141439518', summary: 'Elizabeth Bennet and Mr Darcy misjudge each other, at length and with wit.',
    price: { amount: 9.99, currency: 'GBP' }, available: true, format: { type: 'print', binding: 'paperback', pages: 432 }, publisher: HARBOR_LANE,
  }),
  book(2, {
    title: 'Emma', authorId: 'au_001', genre: 'romance', tags: ['classic', 'regency', 'comedy'], publishedYear: 1815,
    summary: 'A confident matchmaker learns that she understands the hearts of others less than she thinks.',
    price: { amount: 4.99, currency: 'GBP' }, available: true, format: { type: 'ebook', fileFormat: 'epub', drmFree: true },
  }),
  book(3, {
    title: 'Frankenstein', subtitle: 'or, The Modern Prometheus', authorId: 'au_002', genre: 'horror', tags: ['classic', 'gothic'],
    publishedYear: 1818, isbn: '9780141439471', summary: 'A young scientist builds a living being and then abandons it.',
    available: false, format: { type: 'print', binding: 'hardcover', pages: 280 }, publisher: HARBOR_LANE,
  }),
  book(4, {
    title: 'The Time Machine', authorId: 'au_003', genre: 'science-fiction', tags: ['classic', 'time-travel'], publishedYear: 1895,
    summary: 'A Victorian inventor travels to the year 802,701 and finds humanity split in two.',
    available: true, format: { type: 'audiobook', narrator: 'Ada Reyes', durationMinutes: 205 }, publisher: NORTHWIND,
  }),
  book(5, {
    title: 'The War of the Worlds', authorId: 'au_003', genre: 'science-fiction', tags: ['classic', 'alien-invasion'], publishedYear: 1898,
    price: { amount: 7.5, currency: 'USD' }, available: true, format: { type: 'print', binding: 'paperback', pages: 192 },
  }),
  book(6, {
    title: 'A Study in Scarlet', authorId: 'au_004', genre: 'mystery', tags: ['classic', 'detective', 'sherlock-holmes'], publishedYear: 1887,
    summary: 'Dr Watson meets Sherlock Holmes, and a body is found in an empty house in Brixton.',
    available: true, format: { type: 'ebook', fileFormat: 'epub', drmFree: true },
  }),
  book(7, {
    title: 'The Hound of the Baskervilles', authorId: 'au_004', genre: 'mystery', tags: ['classic', 'detective', 'sherlock-holmes', 'gothic'],
    publishedYear: 1902, isbn: '9780140437867', summary: 'A family curse, a spectral hound and the fog of Dartmoor.',
    price: { amount: 8.99, currency: 'GBP' }, available: true, format: { type: 'print', binding: 'hardcover', pages: 256 }, publisher: HARBOR_LANE,
  }),
  book(8, {
    title: "Alice's Adventures in Wonderland", authorId: 'au_005', genre: 'children', tags: ['classic', 'fairy-tale'], publishedYear: 1865,
    available: true, format: { type: 'print', binding: 'hardcover', pages: 176 },
  }),
  book(9, {
    title: 'Through the Looking-Glass', subtitle: 'and What Alice Found There', authorId: 'au_005', genre: 'children', tags: ['classic', 'fairy-tale'],
    publishedYear: 1871, available: false, format: { type: 'audiobook', narrator: 'Tom Okafor', durationMinutes: 180 },
  }),
  book(10, {
    title: 'Leaves of Grass', authorId: 'au_006', genre: 'poetry', tags: ['classic', 'american'], publishedYear: 1855,
    available: true, format: { type: 'ebook', fileFormat: 'pdf', drmFree: false },
  }),
  book(11, {
    title: 'Moby-Dick', subtitle: 'or, The Whale', authorId: 'au_007', genre: 'fiction', tags: ['classic', 'american', 'sea'], publishedYear: 1851,
    summary: 'Captain Ahab hunts the white whale that took his leg.', available: false,
    format: { type: 'print', binding: 'paperback', pages: 720 },
  }),
  book(12, {
    title: 'Dracula', authorId: 'au_008', genre: 'horror', tags: ['classic', 'gothic', 'vampires'], publishedYear: 1897,
    isbn: '9780141439846', available: true, format: { type: 'audiobook', narrator: 'Tom Okafor', durationMinutes: 930 }, publisher: NORTHWIND,
  }),
];

export const SEED_AUTHORS: AuthorRecord[] = [
  { id: 'au_001', name: 'Jane Austen', bio: 'English novelist of manners, marriage and money.', birthYear: 1775, deathYear: 1817, website: 'https://en.wikipedia.org/wiki/Jane_Austen' },
  { id: 'au_002', name: 'Mary Shelley', bio: 'English novelist; wrote Frankenstein at nineteen.', birthYear: 1797, deathYear: 1851, website: null },
  { id: 'au_003', name: 'H. G. Wells', bio: 'English writer, a founder of science fiction.', birthYear: 1866, deathYear: 1946, website: 'https://en.wikipedia.org/wiki/H._G._Wells' },
  { id: 'au_004', name: 'Arthur Conan Doyle', bio: 'Scottish physician and the creator of Sherlock Holmes.', birthYear: 1859, deathYear: 1930, website: null },
  { id: 'au_005', name: 'Lewis Carroll', bio: null, birthYear: 1832, deathYear: 1898, website: null },
  { id: 'au_006', name: 'Walt Whitman', bio: 'American poet of free verse.', birthYear: 1819, deathYear: 1892, website: null },
  { id: 'au_007', name: 'Herman Melville', bio: null, birthYear: 1819, deathYear: 1891, website: null },
  { id: 'au_008', name: 'Bram Stoker', bio: 'Irish author and theatre manager.', birthYear: 1847, deathYear: 1912, website: null },
];

export const SEED_REVIEWS: ReviewRecord[] = [
  { id: 'rv_001', bookId: 'bk_007', rating: 5, title: 'Atmosphere for days', body: 'The moor is the best character in the book. Read it in one sitting.', reviewer: 'Mara L.', createdAt: '2024-02-01T08:00:00.000Z' },
  { id: 'rv_002', bookId: 'bk_007', rating: 4, title: null, body: 'Holmes is absent for too long, but the ending makes up for it.', reviewer: 'Jonas K.', createdAt: '2024-02-03T08:00:00.000Z' },
  { id: 'rv_003', bookId: 'bk_001', rating: 5, title: 'Still sharp', body: 'Two hundred years old and funnier than most new novels.', reviewer: 'Priya S.', createdAt: '2024-02-05T08:00:00.000Z' },
  { id: 'rv_004', bookId: 'bk_003', rating: 4, title: 'Not the film', body: 'Far sadder and more thoughtful than the monster movies suggest.', reviewer: 'Mara L.', createdAt: '2024-02-07T08:00:00.000Z' },
  { id: 'rv_005', bookId: 'bk_004', rating: 3, title: null, body: 'Great ideas, thin characters. The narration is excellent though.', reviewer: 'Jonas K.', createdAt: '2024-02-09T08:00:00.000Z' },
  { id: 'rv_006', bookId: 'bk_012', rating: 5, title: 'Best listened to at night', body: 'The letters-and-diaries format works wonderfully as an audiobook.', reviewer: 'Sam T.', createdAt: '2024-02-11T08:00:00.000Z' },
  { id: 'rv_007', bookId: 'bk_011', rating: 2, title: 'Too many whales', body: 'I admire it more than I enjoyed it. The cetology chapters lost me.', reviewer: 'Priya S.', createdAt: '2024-02-13T08:00:00.000Z' },
  { id: 'rv_008', bookId: 'bk_006', rating: 4, title: null, body: 'A strange second half, but the first meeting of Holmes and Watson is perfect.', reviewer: 'Sam T.', createdAt: '2024-02-15T08:00:00.000Z' },
];

export const SEED_SUBSCRIPTIONS: SubscriptionRecord[] = [
  { id: 'wh_001', url: 'https://example.com/hooks/bookshelf', events: ['book.created'], secret: null, createdAt: '2024-03-01T12:00:00.000Z' },
];

export const SEED_ACCOUNT: AccountRecord = {
  id: 'acc_demo',
  name: 'Demo Reader',
  email: 'reader@bookshelf.example',
  plan: 'free',
  createdAt: '2024-01-01T00:00:00.000Z',
};

const leaf = (slug: string, name: string): GenreRecord => ({ slug, name, subgenres: [] });

export const SEED_GENRES: GenreRecord[] = [
  { slug: 'fiction', name: 'Fiction', subgenres: [leaf('literary', 'Literary fiction'), leaf('historical', 'Historical fiction'), leaf('sea-stories', 'Sea stories')] },
  { slug: 'fantasy', name: 'Fantasy', subgenres: [leaf('epic', 'Epic fantasy'), leaf('fairy-tale', 'Fairy tales')] },
  { slug: 'science-fiction', name: 'Science fiction', subgenres: [leaf('time-travel', 'Time travel'), leaf('alien-invasion', 'Alien invasion')] },
  {
    slug: 'mystery',
    name: 'Mystery',
    subgenres: [
      { slug: 'detective', name: 'Detective fiction', subgenres: [leaf('hardboiled', 'Hardboiled'), leaf('cozy', 'Cozy mysteries')] },
      leaf('thriller', 'Thrillers'),
    ],
  },
  { slug: 'romance', name: 'Romance', subgenres: [leaf('regency', 'Regency romance')] },
  { slug: 'horror', name: 'Horror', subgenres: [leaf('gothic', 'Gothic horror')] },
  { slug: 'poetry', name: 'Poetry', subgenres: [] },
  { slug: 'children', name: "Children's books", subgenres: [leaf('picture-books', 'Picture books')] },
  { slug: 'history', name: 'History', subgenres: [] },
  { slug: 'biography', name: 'Biography', subgenres: [leaf('memoir', 'Memoir')] },
];
