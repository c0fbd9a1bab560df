import { describe, expect, it } from 'vitest';
import { createResponseValidator } from './create-response-validator';
import { loadSpec } from './load-spec';

const validate = createResponseValidator(await loadSpec());
const json = 'application/json';

describe('createResponseValidator', () => {
  it('accepts a body that matches the documented schema', () => {
    const author = { id: 'au_001', name: 'Jane Austen', bio: null, birthYear: 1775, deathYear: 1817, website: null, bookCount: 2 };
    expect(validate('getAuthor', { status: 200, contentType: json, body: JSON.stringify(author) })).toEqual([]);
  });

  it('reports missing required fields and wrong types with the field path', () => {
    const problems = validate('getAuthor', { status: 200, contentType: json, body: JSON.stringify({ id: 'au_001', bookCount: 'two' }) });
    expect(problems).toEqual(expect.arrayContaining(['getAuthor 200: name is required', 'getAuthor 200: bookCount must be integer']));
  });

  it('reports undocumented statuses, media types and bodies', () => {
    expect(validate('getAuthor', { status: 418, contentType: json, body: '{}' })).toEqual(['getAuthor does not document status 418']);
    expect(validate('getAuthor', { status: 404, contentType: json, body: '{}' })[0]).toContain('is not one of application/problem+json');
    expect(validate('deleteBook', { status: 204, contentType: null, body: 'oops' })[0]).toContain('documents no body');
  });

  it('checks the discriminated book format inside a book', () => {
    const book = {
      id: 'bk_001', title: 'T', subtitle: null, authorId: 'au_001', isbn: null, genre: 'fiction', tags: [], summary: null,
      publishedYear: null, available: true, format: { type: 'audiobook', narrator: 'N' }, coverUrl: null, averageRating: null,
      reviewCount: 0, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
    };
    expect(validate('getBook', { status: 200, contentType: json, body: JSON.stringify(book) })).toEqual(['getBook 200: format.durationMinutes is required']);
  });
});
