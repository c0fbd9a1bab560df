import { describe, expect, it } from 'vitest';
import { createRouter } from './create-router';
import type { SpecOperation } from './types';

const op = (operationId: string, method: string, path: string): SpecOperation => ({
  operationId, method, path, pointer: `/paths/${path}/${method}`, parameters: [], security: [],
});

const router = createRouter([
  op('getBook', 'get', '/books/{bookId}'),
  op('deleteBook', 'delete', '/books/{bookId}'),
  op('searchBooks', 'get', '/books/search'),
  op('getCover', 'get', '/books/{bookId}/cover'),
]);

describe('createRouter', () => {
  it('matches templates and decodes parameters', () => {
    expect(router.match('GET', '/books/bk%5F001')).toMatchObject({ kind: 'operation', operation: { operationId: 'getBook' }, params: { bookId: 'bk_001' } });
    expect(router.match('get', '/books/bk_001/cover/')).toMatchObject({ kind: 'operation', operation: { operationId: 'getCover' } });
  });

  it('prefers literal segments over parameters', () => {
    expect(router.match('GET', '/books/search')).toMatchObject({ operation: { operationId: 'searchBooks' } });
  });

  it('tells a wrong method from an unknown path', () => {
    expect(router.match('PUT', '/books/bk_001')).toEqual({ kind: 'method-not-allowed', allow: ['GET', 'DELETE', 'OPTIONS'] });
    expect(router.match('GET', '/books/bk_001/pages')).toEqual({ kind: 'no-route' });
    expect(router.allowedMethods('/books/bk_001')).toEqual(['GET', 'DELETE']);
  });
});
