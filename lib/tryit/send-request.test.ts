import { describe, expect, it } from 'vitest';
import { sendRequest, toProxyUrl } from './send-request';
import type { PreparedRequest } from '../request/types';

const request: PreparedRequest = {
  method: 'POST',
  url: 'https://api.example.com/items?a=1',
  headers: [{ name: 'Content-Type', value: 'application/json' }],
  queryString: [{ name: 'a', value: '1' }],
  cookies: [],
  body: { mediaType: 'application/json', text: '{"x":1}' },
};

describe('sendRequest', () => {
  it('returns the response as data and goes through the proxy when configured', async () => {
    let seen: { url: string; init?: RequestInit } | undefined;
    const fakeFetch: typeof fetch = async (url, init) => {
      seen = { url: String(url), init };
      return new Response('{"ok":true}', { status: 201, headers: { 'content-type': 'application/json' } });
    };
    const result = await sendRequest(request, { fetch: fakeFetch, proxyUrl: 'http://localhost:8787/', pageProtocol: 'https:', online: true });
    expect(seen?.url).toBe('http://localhost:8787/https://api.example.com/items?a=1');
    expect(seen?.init?.method).toBe('POST');
    expect(seen?.init?.body).toBe('{"x":1}');
    expect(result).toMatchObject({ kind: 'response', status: 201, contentType: 'application/json', bodyText: '{"ok":true}' });
  });

  it('returns a classified network error instead of throwing', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const result = await sendRequest({ ...request, url: 'http://api.example.com/x' }, { fetch: failing, pageProtocol: 'https:', online: true });
    expect(result).toMatchObject({ kind: 'network-error', error: { kind: 'mixed-content' } });
  });

  it('builds multipart bodies with FormData', async () => {
    let body: unknown;
    const fakeFetch: typeof fetch = async (_url, init) => {
      body = init?.body;
      return new Response('');
    };
    await sendRequest(
      { ...request, headers: [], body: { mediaType: 'multipart/form-data', fields: [{ name: 'a', value: '1' }, { name: 'f', file: { name: 'x.txt', type: 'text/plain', size: 2, blob: new Blob(['hi']) } }] } },
      { fetch: fakeFetch, pageProtocol: 'http:', online: true },
    );
    expect(body).toBeInstanceOf(FormData);
    expect((body as FormData).get('a')).toBe('1');
    expect(((body as FormData).get('f') as File).name).toBe('x.txt');
  });

  it('builds proxy URLs', () => {
    expect(toProxyUrl('https://proxy.example.com', 'https://api.example.com/a?b=c')).toBe('https://proxy.example.com/https://api.example.com/a?b=c');
  });
  it('keeps binary bodies as bytes next to the decoded text', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]);
    const fakeFetch: typeof fetch = async () => new Response(png, { status: 200, headers: { 'content-type': 'image/png' } });
    const result = await sendRequest({ ...request, method: 'GET', body: undefined }, { fetch: fakeFetch, pageProtocol: 'http:', online: true });
    if (result.kind !== 'response') throw new Error('expected a response');
    expect([...result.bodyBytes]).toEqual([...png]);
    expect(result.bodyText.startsWith('\uFFFDPNG')).toBe(true);
  });
});
