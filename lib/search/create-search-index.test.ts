import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './create-search-index';
import { toPlainText, type SearchDocument } from './search-document';

const documents: SearchDocument[] = [
  { id: 1, kind: 'guide', title: 'Authentication', url: '/docs/authentication/', section: 'Guides', text: 'Send your API key in a header.' },
  { id: 2, kind: 'operation', title: 'List books', url: '/reference/bookshelf/listbooks/', section: 'Bookshelf API', text: 'Returns a page of books.', method: 'GET', path: '/books' },
  { id: 3, kind: 'operation', title: 'Upload a cover', url: '/reference/bookshelf/uploadcover/', section: 'Bookshelf API', text: 'Multipart upload of the book cover.', method: 'POST', path: '/books/{bookId}/cover' },
];

describe('createSearchIndex', () => {
  const index = createSearchIndex(documents);

  it('finds by title prefix', () => {
    expect(index.search('auth').map((d) => d.id)).toEqual([1]);
  });

  it('ranks title matches above body matches', () => {
    const ids = index.search('book').map((d) => d.id);
    expect(ids[0]).toBe(2);
    expect(ids).toContain(3);
  });

  it('finds by path words', () => {
    expect(index.search('cover').map((d) => d.id)).toEqual([3]);
  });

  it('answers nothing for an empty query', () => {
    expect(index.search('   ')).toEqual([]);
  });
});

describe('toPlainText', () => {
  it('drops code, markup and link targets', () => {
    expect(toPlainText('# Hi\n\n```js\nx()\n```\nSee [docs](http://x) <b>now</b>')).toBe('Hi See docs now');
  });
});
