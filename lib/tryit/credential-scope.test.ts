import { describe, expect, it } from 'vitest';
import { buildRequest } from '../request/build-request';
import { originOf } from '../openapi/url-policy';
import { describeCredentialScope, decideCredentialScope, entryOrigin, scopeCredentials, type ScopeTarget } from './credential-scope';
import { resolveServerUrl } from '../request/resolve-server-url';
import { makeOperation } from './test-fixtures/operation';
import type { AuthValues } from '../request/types';

const PAGE = 'https://docs.example.com';
const API = 'https://api.example.com';
const target = (targetUrl: string, consents: string[] = [], proxyUrl?: string): ScopeTarget => ({ targetUrl, pageOrigin: PAGE, consents, proxyUrl });

describe('originOf', () => {
  it('reads scheme, host and port; relative URLs are the page origin', () => {
    expect(originOf('https://api.example.com/v1/books?x=1', PAGE)).toBe(API);
    expect(originOf('http://127.0.0.1:4010', PAGE)).toBe('http://127.0.0.1:4010');
    expect(originOf('/v1', PAGE)).toBe(PAGE);
    expect(originOf('', PAGE)).toBe(PAGE);
    expect(originOf('//other.example.net/v1', PAGE)).toBe('https://other.example.net');
    expect(originOf('javascript:alert(1)', PAGE)).toBeUndefined();
    expect(originOf('http://', PAGE)).toBeUndefined();
  });
});

describe('decideCredentialScope', () => {
  it('attaches on the origin the credential was entered for', () => {
    expect(decideCredentialScope(API, target(`${API}/v1/books`))).toMatchObject({ attach: true, reason: 'same-origin' });
  });

  it('does not attach for an operation server on another host', () => {
    expect(decideCredentialScope(API, target('https://other.example.net/v1/books'))).toEqual({
      attach: false,
      reason: 'other-origin',
      credentialOrigin: API,
      targetOrigin: 'https://other.example.net',
    });
    // Same host, other port or scheme: another origin too.
    expect(decideCredentialScope(API, target('http://api.example.com/v1')).attach).toBe(false);
    expect(decideCredentialScope(API, target('https://api.example.com:8443/v1')).attach).toBe(false);
  });

  it('does not attach when a server variable changes the host', () => {
    const entered = originOf(resolveServerUrl({ kind: 'template', url: 'https://{region}.api.example.com/v1', variables: { region: 'eu' } }), PAGE);
    const changed = resolveServerUrl({ kind: 'template', url: 'https://{region}.api.example.com/v1', variables: { region: 'evil.example.net/x?' } });
    expect(decideCredentialScope(entered, target(`${changed}/books`))).toMatchObject({ attach: false, reason: 'other-origin', targetOrigin: 'https://evil.example.net' });
    const otherRegion = resolveServerUrl({ kind: 'template', url: 'https://{region}.api.example.com/v1', variables: { region: 'us' } });
    expect(decideCredentialScope(entered, target(`${otherRegion}/books`)).attach).toBe(false);
  });

  it('attaches to another host once the reader allowed that host, and only that host', () => {
    const consents = ['https://other.example.net'];
    expect(decideCredentialScope(API, target('https://other.example.net/v1', consents))).toMatchObject({ attach: true, reason: 'consented' });
    expect(decideCredentialScope(API, target('https://third.example.org/v1', consents))).toMatchObject({ attach: false, reason: 'other-origin' });
    expect(decideCredentialScope(API, target('http://other.example.net/v1', consents)).attach).toBe(false);
  });

  it('reads a relative server URL as the page origin', () => {
    expect(decideCredentialScope(PAGE, target('/v1/books'))).toMatchObject({ attach: true, reason: 'same-origin' });
    expect(decideCredentialScope(API, target('/v1/books'))).toMatchObject({ attach: false, targetOrigin: PAGE });
  });

  it('decides by the real target, whatever the CORS proxy', () => {
    const proxy = 'https://proxy.example.com';
    expect(decideCredentialScope(API, target(`${API}/v1`, [], proxy))).toMatchObject({ attach: true, reason: 'same-origin' });
    // A credential bound to the proxy's origin does not follow the request elsewhere through it.
    expect(decideCredentialScope(proxy, target(`${API}/v1`, [], proxy))).toMatchObject({ attach: false, reason: 'other-origin', targetOrigin: API });
    expect(decideCredentialScope(API, target('https://other.example.net/v1', [], proxy)).attach).toBe(false);
  });

  it('sends a credential with no origin, or to a non-web URL, nowhere', () => {
    expect(decideCredentialScope(undefined, target(`${API}/v1`))).toMatchObject({ attach: false, reason: 'unbound' });
    expect(decideCredentialScope(API, target('ftp://api.example.com/v1'))).toEqual({ attach: false, reason: 'bad-target' });
  });
});

describe('entryOrigin', () => {
  it('binds to the API server or the custom URL in use, but never to an operation\'s own server', () => {
    const base = { apiServerUrl: API, pageOrigin: PAGE };
    expect(entryOrigin({ ...base, source: 'api', targetUrl: 'https://eu.api.example.com/v1/books' })).toBe('https://eu.api.example.com');
    expect(entryOrigin({ ...base, source: 'custom', targetUrl: 'http://localhost:4010/books' })).toBe('http://localhost:4010');
    expect(entryOrigin({ ...base, source: 'operation', targetUrl: 'https://other.example.net/books' })).toBe(API);
    expect(entryOrigin({ ...base, source: 'custom', targetUrl: 'ftp://x/books' })).toBe(API);
    expect(entryOrigin({ ...base, apiServerUrl: '/', source: 'operation', targetUrl: 'https://other.example.net/books' })).toBe(PAGE);
  });
});

describe('scopeCredentials and the preview line', () => {
  const operation = makeOperation({ security: [{ bearer: [] }] });
  const schemes = { bearer: { type: 'http' as const, scheme: 'bearer' } };
  const values: AuthValues = { bearer: { kind: 'token', token: 'secret-token' } };
  const origins = { bearer: API };
  const send = (base: string, consents: string[] = [], proxyUrl?: string) => {
    const scope = scopeCredentials(values, origins, target(`${base}/pets`, consents, proxyUrl));
    const request = buildRequest(operation, {}, scope.allowed, { kind: 'custom', baseUrl: base }, schemes);
    const attached = request.headers.some((h) => h.secret);
    return { scope, request, line: describeCredentialScope(scope, attached, true) };
  };

  it('attaches and says so on the same origin', () => {
    const { request, line } = send(API);
    expect(request.headers).toContainEqual({ name: 'Authorization', value: 'Bearer secret-token', secret: true });
    expect(line).toBe('Credentials attached for api.example.com.');
  });

  it('leaves the credential out of the request, and names both hosts, on another origin', () => {
    const { request, line, scope } = send('https://other.example.net');
    expect(request.headers.find((h) => h.name === 'Authorization')).toBeUndefined();
    expect(scope.withheldFrom).toEqual([API]);
    expect(line).toBe('No credentials attached: credentials for api.example.com are not sent to other.example.net.');
  });

  it('says when the reader allowed the host, and names the proxy that relays', () => {
    expect(send('https://other.example.net', ['https://other.example.net']).line).toBe('Credentials attached for other.example.net (allowed by you for this session).');
    expect(send(API, [], 'https://proxy.example.com').line).toBe('Credentials attached for api.example.com, through the CORS proxy at proxy.example.com.');
  });

  it('names the whole origin when only the scheme differs', () => {
    expect(send('http://api.example.com').line).toBe('No credentials attached: credentials for https://api.example.com are not sent to http://api.example.com.');
  });

  it('explains the other cases', () => {
    const empty = scopeCredentials({}, {}, target(`${API}/pets`));
    expect(describeCredentialScope(empty, false, true)).toBe('No credentials attached: none entered.');
    expect(describeCredentialScope(empty, false, false)).toBe('No credentials attached: this operation needs none.');
  });
});
