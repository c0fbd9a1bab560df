import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadApi } from '../openapi';
import type { ApiModel } from '../openapi/types';
import { buildRequest } from '../request/build-request';
import type { AuthValues, TryItValues } from '../request/types';
import { collectOperationSlice, type OperationSlice } from '../tryit/collect-operation-slice';
import { createRequestValidator } from '../tryit/validate-request';
import { createMockServer, type MockServer } from './answer-mock-request';
import { createMemoryMockStore } from './mock-store';

const SPEC = fileURLToPath(new URL('../../content/openapi/bookshelf.yaml', import.meta.url));
const KEY: AuthValues = { ApiKeyAuth: { kind: 'apiKey', value: 'anything' } };
let model: ApiModel;

beforeAll(async () => {
  model = (await loadApi(SPEC)).model!;
});

function slice(operationId: string): OperationSlice {
  return collectOperationSlice(model, model.operations.find((op) => op.operationId === operationId)!);
}

/** A mock for one tab: the store is shared by every call of the returned function. */
function tab() {
  const store = createMemoryMockStore();
  const servers = new Map<string, MockServer>();
  return (operationId: string, values: TryItValues, { auth = {}, status }: { auth?: AuthValues; status?: string } = {}) => {
    const s = slice(operationId);
    const mock = servers.get(operationId) ?? createMockServer({ validate: createRequestValidator(s.refs), store });
    servers.set(operationId, mock);
    const request = buildRequest(s.operation, values, auth, { kind: 'template', url: 'https://api.bookshelf.example/v1', variables: {} }, s.securitySchemes, s.security);
    const response = mock(s, { request, values, status });
    const text = new TextDecoder().decode(response.body);
    const header = (name: string) => response.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
    return { ...response, text, json: () => JSON.parse(text) as Record<string, unknown>, header };
  };
}

const json = (value: unknown) => ({ body: { mediaType: 'application/json', text: JSON.stringify(value) } });
const NEW_BOOK = { title: 'Dune', authorId: 'au_001', genre: 'science-fiction', publishedYear: 1965, format: { type: 'ebook', fileFormat: 'epub' } };

describe('mock answers from the documentation', () => {
  it('answers the documented example with its status, content type and headers', () => {
    const answer = tab()('getBook', { path: { bookId: 'bk_001' } });
    expect(answer.status).toBe(200);
    expect(answer.statusText).toBe('OK');
    expect(answer.contentType).toBe('application/json');
    expect(answer.header('X-RateLimit-Remaining')).toMatch(/^\d+$/);
    expect(answer.header('content-length')).toBe(String(answer.body.length));
    expect(answer.json().id).toBe('bk_001');
  });

  it('generates a body from the schema where the spec has no example', () => {
    const answer = tab()('listBooks', {});
    expect(answer.status).toBe(200);
    const page = answer.json();
    expect(Array.isArray(page.data)).toBe(true);
    expect((page.data as Record<string, unknown>[])[0]).toHaveProperty('title');
  });

  it('answers a chosen documented status instead of the success', () => {
    const answer = tab()('getBook', { path: { bookId: 'bk_001' } }, { status: '404' });
    expect(answer.status).toBe(404);
    expect(answer.contentType).toBe('application/problem+json');
    expect(answer.json()).toHaveProperty('detail');
  });

  it('answers 204 with an empty body', () => {
    const answer = tab()('deleteBook', { path: { bookId: 'bk_001' } }, { auth: KEY });
    expect(answer.status).toBe(204);
    expect(answer.body.length).toBe(0);
    expect(answer.contentType).toBe('');
  });

  it('answers an image operation with an image', () => {
    const answer = tab()('getBookCover', { path: { bookId: 'bk_001' } });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe('image/png');
    expect([...answer.body.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });
});

describe('mock checks like a server', () => {
  it('refuses a write without credentials with 401, naming what to send', () => {
    const answer = tab()('createBook', json(NEW_BOOK));
    expect(answer.status).toBe(401);
    expect(answer.contentType).toBe('application/problem+json');
    expect(answer.json().detail).toContain('an API key in the X-API-Key header or a bearer token');
    expect(answer.header('www-authenticate')).toBe('Bearer realm="mock"');
  });

  it('accepts either documented scheme, checking presence only', () => {
    expect(tab()('createBook', json(NEW_BOOK), { auth: { BearerAuth: { kind: 'token', token: 'x' } } }).status).toBe(201);
    expect(tab()('createBook', json(NEW_BOOK), { auth: KEY }).status).toBe(201);
  });

  it('answers 400 naming a missing required field and a wrong value', () => {
    const { title: _title, ...untitled } = NEW_BOOK;
    void _title;
    const answer = tab()('createBook', json({ ...untitled, publishedYear: 'soon' }), { auth: KEY });
    expect(answer.status).toBe(400);
    const problem = answer.json();
    expect(problem.detail).toContain('title (body) is required');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { in: 'body', field: 'title', code: 'required', message: 'is required' },
        expect.objectContaining({ in: 'body', field: 'publishedYear', code: 'invalid' }),
      ]),
    );
  });

  it('answers 400 for an invalid query parameter', () => {
    const answer = tab()('listBooks', { query: { limit: '500' } });
    expect(answer.status).toBe(400);
    expect(answer.json().errors).toEqual([expect.objectContaining({ in: 'query', field: 'limit' })]);
  });

  it('answers 415 for a body of an undocumented media type', () => {
    const answer = tab()('createBook', { body: { mediaType: 'text/plain', text: 'Dune' } }, { auth: KEY });
    expect(answer.status).toBe(415);
    expect(answer.json().detail).toContain('application/json');
  });
});

describe('mock collections are stateful for the tab', () => {
  it('finds a created book, lists it, updates it and forgets it once deleted', () => {
    const call = tab();
    const created = call('createBook', json(NEW_BOOK), { auth: KEY });
    expect(created.status).toBe(201);
    const id = created.json().id as string;
    expect(id).toMatch(/^bk_[a-z0-9]{3,24}$/);
    expect(created.header('Location')).toBe(`https://api.bookshelf.example/v1/books/${id}`);

    const read = call('getBook', { path: { bookId: id } });
    expect(read.json()).toMatchObject({ id, title: 'Dune', format: { type: 'ebook' } });

    const listed = call('listBooks', {}).json().data as { id: string }[];
    expect(listed[0].id).toBe(id);

    call('updateBook', { path: { bookId: id }, ...json({ subtitle: 'Book one' }) }, { auth: KEY });
    expect(call('getBook', { path: { bookId: id } }).json()).toMatchObject({ title: 'Dune', subtitle: 'Book one' });

    expect(call('deleteBook', { path: { bookId: id } }, { auth: KEY }).status).toBe(204);
    const gone = call('getBook', { path: { bookId: id } });
    expect(gone.status).toBe(404);
    expect(gone.json().detail).toContain(id);
    expect((call('listBooks', {}).json().data as { id: string }[]).map((b) => b.id)).not.toContain(id);
  });

  it('keeps tabs apart', () => {
    const created = tab()('createBook', json(NEW_BOOK), { auth: KEY }).json().id as string;
    expect(tab()('getBook', { path: { bookId: created } }).json().title).not.toBe('Dune');
  });
});

describe('mock on every Bookshelf operation', () => {
  it('answers each one without throwing', () => {
    const call = tab();
    const statuses = model.operations.map((operation) => {
      const s = collectOperationSlice(model, operation);
      const values: TryItValues = { path: Object.fromEntries(s.operation.parameters.filter((p) => p.in === 'path').map((p) => [p.name, 'bk_001'])) };
      return call(operation.operationId!, values, { auth: KEY }).status;
    });
    expect(statuses.length).toBe(model.operations.length);
    expect(statuses.every((status) => status >= 200 && status < 600)).toBe(true);
  });
});
