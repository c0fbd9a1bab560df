import { describe, expect, it } from 'vitest';
import type { SecurityScheme } from '../openapi/types';
import { buildRequest } from './build-request';
import { resolveServerUrl } from './resolve-server-url';
import { makeOperation, makeParameter } from '../tryit/test-fixtures/operation';
import type { ServerChoice } from './types';

const server: ServerChoice = { kind: 'template', url: 'https://{region}.api.example.com/{version}', variables: { region: 'eu', version: 'v2' } };

const schemes: Record<string, SecurityScheme> = {
  headerKey: { type: 'apiKey', name: 'X-API-Key', in: 'header' },
  queryKey: { type: 'apiKey', name: 'api key', in: 'query' },
  cookieKey: { type: 'apiKey', name: 'session', in: 'cookie' },
  basic: { type: 'http', scheme: 'basic' },
  bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
  oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: {} } } },
  oidc: { type: 'openIdConnect', openIdConnectUrl: 'https://auth.example.com/.well-known/openid-configuration' },
};

const header = (req: { headers: Array<{ name: string; value: string }> }, name: string) =>
  req.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

describe('server URL', () => {
  it('substitutes variables and trims the trailing slash', () => {
    expect(resolveServerUrl(server)).toBe('https://eu.api.example.com/v2');
    expect(resolveServerUrl({ kind: 'custom', baseUrl: ' http://localhost:4010/ ' })).toBe('http://localhost:4010');
  });
  it('resolves relative server URLs against the page origin', () => {
    expect(resolveServerUrl({ kind: 'template', url: '/api', variables: {}, origin: 'https://docs.example.com/ref/x' })).toBe(
      'https://docs.example.com/api',
    );
    expect(resolveServerUrl({ kind: 'template', url: '/api', variables: {} })).toBe('/api');
  });
});

describe('buildRequest', () => {
  const operation = makeOperation({
    method: 'post',
    path: '/users/{id}/files/{file}',
    parameters: [
      makeParameter({ name: 'id', in: 'path', style: 'matrix', explode: true }),
      makeParameter({ name: 'file', in: 'path', allowReserved: true }),
      makeParameter({ name: 'tags', in: 'query', explode: false }),
      makeParameter({ name: 'filter', in: 'query', style: 'deepObject', explode: true }),
      makeParameter({ name: 'limit', in: 'query' }),
      makeParameter({ name: 'X-Trace', in: 'header' }),
      makeParameter({ name: 'Accept', in: 'header' }),
      makeParameter({ name: 'pref', in: 'cookie', explode: false }),
    ],
    requestBody: { required: true, content: [{ mediaType: 'application/json', examples: [] }] },
    responses: [{ status: '200', description: 'ok', headers: [], links: [], content: [{ mediaType: 'application/json', examples: [] }] }],
  });

  it('assembles URL, query, headers, cookies and a JSON body', () => {
    const req = buildRequest(
      operation,
      {
        path: { id: ['1', '2'], file: 'a dir/ü.txt' },
        query: { tags: ['x', 'y z'], filter: { status: 'open' }, limit: '' },
        header: { 'X-Trace': 'abc', Accept: 'text/html' },
        cookie: { pref: ['dark', 'compact'] },
        body: { mediaType: 'application/json', text: '{"name":"A"}' },
      },
      {},
      server,
      schemes,
    );
    expect(req.method).toBe('POST');
    expect(req.url).toBe('https://eu.api.example.com/v2/users/;id=1;id=2/files/a%20dir/%C3%BC.txt?tags=x,y%20z&filter[status]=open');
    expect(req.queryString).toEqual([
      { name: 'tags', value: 'x,y%20z' },
      { name: 'filter[status]', value: 'open' },
    ]);
    expect(header(req, 'X-Trace')).toBe('abc');
    expect(header(req, 'Accept')).toBe('application/json');
    expect(header(req, 'Content-Type')).toBe('application/json');
    expect(req.cookies).toEqual([{ name: 'pref', value: 'dark,compact' }]);
    expect(req.body).toEqual({ mediaType: 'application/json', text: '{"name":"A"}' });
  });

  it('sends required but empty query parameters empty and omits empty optional ones', () => {
    const op = makeOperation({
      parameters: [makeParameter({ name: 'q', in: 'query', required: true }), makeParameter({ name: 'page', in: 'query' })],
    });
    expect(buildRequest(op, { query: { q: '', page: '' } }, {}, server, schemes).url).toBe('https://eu.api.example.com/v2/items?q=');
    expect(buildRequest(op, { query: { q: 'a', page: 2 } }, {}, server, schemes).url).toBe('https://eu.api.example.com/v2/items?q=a&page=2');
  });

  it('sends a content-typed parameter as one JSON value', () => {
    const op = makeOperation({
      parameters: [makeParameter({ name: 'where', in: 'query', content: [{ mediaType: 'application/json', examples: [] }] })],
    });
    expect(buildRequest(op, { query: { where: '{"a":1}' } }, {}, server, schemes).url).toBe(
      'https://eu.api.example.com/v2/items?where=%7B%22a%22%3A1%7D',
    );
  });

  it('leaves Content-Type to fetch for multipart and sets it for urlencoded forms', () => {
    const op = makeOperation({ method: 'post', requestBody: { required: false, content: [] } });
    const multipart = buildRequest(
      op,
      { body: { mediaType: 'multipart/form-data', fields: [{ name: 'a', value: '1' }, { name: 'b', value: '' }, { name: 'f', file: { name: 'x.png', type: 'image/png', size: 3 } }] } },
      {},
      server,
      schemes,
    );
    expect(header(multipart, 'Content-Type')).toBeUndefined();
    expect(multipart.body && 'fields' in multipart.body ? multipart.body.fields.map((f) => f.name) : []).toEqual(['a', 'f']);
    const form = buildRequest(op, { body: { mediaType: 'application/x-www-form-urlencoded', fields: [{ name: 'a', value: '1' }] } }, {}, server, schemes);
    expect(header(form, 'Content-Type')).toBe('application/x-www-form-urlencoded');
    expect(buildRequest(op, { body: { mediaType: 'application/json', text: '' } }, {}, server, schemes).body).toBeUndefined();
  });

  it('sends a binary body as the chosen file, typed by the file when the spec names a wildcard', () => {
    const op = makeOperation({ method: 'put', requestBody: { required: true, content: [] } });
    const file = { name: 'cover.webp', type: 'image/webp', size: 3 };
    const image = buildRequest(op, { body: { mediaType: 'image/*', file } }, {}, server, schemes);
    expect(image.body).toEqual({ mediaType: 'image/*', file });
    expect(header(image, 'Content-Type')).toBe('image/webp');
    expect(header(buildRequest(op, { body: { mediaType: 'application/octet-stream', file } }, {}, server, schemes), 'Content-Type')).toBe('application/octet-stream');
    expect(buildRequest(op, { body: { mediaType: 'image/*', file: null } }, {}, server, schemes).body).toBeUndefined();
  });
});

describe('auth placement', () => {
  const op = (security: Array<Record<string, string[]>>) => makeOperation({ security });

  it('puts API keys in the header, the query or a cookie and marks them secret', () => {
    const h = buildRequest(op([{ headerKey: [] }]), {}, { headerKey: { kind: 'apiKey', value: 'k1' } }, server, schemes);
    expect(h.headers).toContainEqual({ name: 'X-API-Key', value: 'k1', secret: true });
    const q = buildRequest(op([{ queryKey: [] }]), {}, { queryKey: { kind: 'apiKey', value: 'a&b' } }, server, schemes);
    expect(q.url).toBe('https://eu.api.example.com/v2/items?api%20key=a%26b');
    expect(q.queryString[0].secret).toBe(true);
    const c = buildRequest(op([{ cookieKey: [] }]), {}, { cookieKey: { kind: 'apiKey', value: 's1' } }, server, schemes);
    expect(c.cookies).toEqual([{ name: 'session', value: 's1', secret: true }]);
  });

  it('encodes basic credentials as UTF-8 base64', () => {
    const r = buildRequest(op([{ basic: [] }]), {}, { basic: { kind: 'basic', username: 'zoë', password: 'p:w' } }, server, schemes);
    expect(header(r, 'Authorization')).toBe(`Basic ${Buffer.from('zoë:p:w', 'utf8').toString('base64')}`);
  });

  it('sends bearer, oauth2 and OpenID Connect tokens as Bearer', () => {
    for (const name of ['bearer', 'oauth', 'oidc']) {
      const r = buildRequest(op([{ [name]: [] }]), {}, { [name]: { kind: 'token', token: 't-1' } }, server, schemes);
      expect(header(r, 'Authorization')).toBe('Bearer t-1');
    }
  });

  it('applies the first satisfiable requirement, all of its schemes, and prefers it over {}', () => {
    const r = buildRequest(
      op([{}, { bearer: [] }, { headerKey: [], queryKey: [] }]),
      {},
      { headerKey: { kind: 'apiKey', value: 'k' }, queryKey: { kind: 'apiKey', value: 'q' } },
      server,
      schemes,
    );
    expect(header(r, 'X-API-Key')).toBe('k');
    expect(r.url).toContain('api%20key=q');
    expect(header(r, 'Authorization')).toBeUndefined();
  });

  it('inherits the API-level security when the operation does not set any', () => {
    const r = buildRequest(makeOperation(), {}, { bearer: { kind: 'token', token: 'x' } }, server, schemes, [{ bearer: [] }]);
    expect(header(r, 'Authorization')).toBe('Bearer x');
    const none = buildRequest(makeOperation({ security: [] }), {}, { bearer: { kind: 'token', token: 'x' } }, server, schemes, [{ bearer: [] }]);
    expect(header(none, 'Authorization')).toBeUndefined();
  });

  it('applies nothing when a credential is missing', () => {
    const r = buildRequest(op([{ bearer: [] }]), {}, { bearer: { kind: 'token', token: '' } }, server, schemes);
    expect(r.headers).toEqual([]);
  });
});
