import { describe, expect, it } from 'vitest';
import { decodeSharedRequest, encodeSharedRequest, looksSecret, MAX_SHARED_CHARS, toSharedRequest } from './share-request';

describe('shared requests', () => {
  it('round-trips parameters, a JSON body and the server choice through a URL-safe fragment', () => {
    const shared = toSharedRequest('create-book', { 'query.limit': '2', 'query.tags': ['classic', 'gothic'], 'query.available': true }, { mediaType: 'application/json', text: '{"title":"Ünïcode – 書"}' }, 'mock');
    const hash = encodeSharedRequest(shared);
    expect(hash).toMatch(/^#try=[A-Za-z0-9_-]+$/);
    expect(decodeSharedRequest(hash)).toEqual({
      operation: 'create-book',
      parameters: { 'query.limit': '2', 'query.tags': ['classic', 'gothic'], 'query.available': true },
      body: { mediaType: 'application/json', text: JSON.stringify({ title: 'Ünïcode – 書' }, null, 2) },
      server: 'mock',
    });
  });

  it('leaves credentials behind: secret-named parameters, cookies, form fields and JSON properties', () => {
    const shared = toSharedRequest(
      'sign-in',
      { 'header.X-API-Key': 'k', 'query.access_token': 't', 'cookie.theme': 'dark', 'path.owner': 'octocat' },
      { mediaType: 'application/json', text: '{"user":"ada","password":"hunter2","nested":{"apiKey":"k2"}}' },
      0,
    );
    expect(shared.parameters).toEqual({ 'path.owner': 'octocat' });
    expect(JSON.parse((shared.body as { text: string }).text)).toEqual({ user: 'ada', password: '', nested: { apiKey: '' } });
    expect(encodeSharedRequest(shared)).not.toMatch(/hunter2/);
    const form = toSharedRequest('upload', {}, { mediaType: 'multipart/form-data', form: { description: 'cover', client_secret: 's', file: [{ name: 'a.png', type: 'image/png', size: 1 }] } }, undefined);
    expect(form.body).toEqual({ mediaType: 'multipart/form-data', form: { description: 'cover' } });
    expect(looksSecret('Authorization')).toBe(true);
    for (const name of ['apiKey', 'api_key', 'X-API-Key', 'access_token', 'client_secret', 'sessionId', 'key', 'Proxy-Authorization']) expect(looksSecret(name), name).toBe(true);
    for (const name of ['owner', 'authorId', 'author', 'tokenizer', 'keyword', 'monkey', 'sessions_count']) expect(looksSecret(name), name).toBe(false);
  });

  it('refuses fragments that are not its own, damaged or of the wrong shape', () => {
    expect(decodeSharedRequest('#responses')).toBeUndefined();
    expect(decodeSharedRequest('#try=%%%')).toBeUndefined();
    expect(decodeSharedRequest('#try=' + btoa('[1,2]'))).toBeUndefined();
    expect(decodeSharedRequest('#try=' + 'A'.repeat(MAX_SHARED_CHARS))).toBeUndefined();
    const odd = decodeSharedRequest('#try=' + btoa(JSON.stringify({ operation: 'x', parameters: { 'query.a': { $ne: 1 }, 'query.b': 'ok' }, server: -3, body: { mediaType: 'text/plain', text: 5 } })));
    expect(odd).toEqual({ operation: 'x', parameters: { 'query.b': 'ok' } });
  });
});
