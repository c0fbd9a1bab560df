import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApi } from '../openapi/load-api';
import type { Operation } from '../openapi/types';
import { buildQuickStart, describeScheme, firstGetOperation } from './build-quick-start';

const operation = (slug: string, method: Operation['method'], pathParams: boolean): Operation =>
  ({ slug, method, path: `/${slug}`, deprecated: false, parameters: pathParams ? [{ in: 'path', name: 'id' }] : [] }) as unknown as Operation;

describe('buildQuickStart', () => {
  it('gives the Bookshelf home page its credentials and a first request as curl', async () => {
    const { model } = await loadApi(path.resolve(import.meta.dirname, '../../content/openapi/bookshelf.yaml'));
    const quickStart = buildQuickStart(model!);
    expect(quickStart.credentials).toEqual(['an API key in the X-API-Key header', 'a bearer token']);
    expect(quickStart.firstRequest).toMatchObject({ title: 'List books', slug: 'list-books', method: 'get' });
    expect(quickStart.firstRequest!.curl).toBe("curl --request GET \\\n  --url 'http://127.0.0.1:4010/books' \\\n  --header 'Accept: application/json'");
  });

  it('prefers a GET without path parameters, else the first GET', () => {
    expect(firstGetOperation({ operations: [operation('create', 'post', false), operation('get-one', 'get', true), operation('list', 'get', false)] })?.slug).toBe('list');
    expect(firstGetOperation({ operations: [operation('get-one', 'get', true)] })?.slug).toBe('get-one');
    expect(firstGetOperation({ operations: [operation('create', 'post', false)] })).toBeUndefined();
  });

  it('says what each kind of credential is', () => {
    expect(describeScheme({ type: 'apiKey', name: 'key', in: 'query' })).toBe('an API key in the key query parameter');
    expect(describeScheme({ type: 'http', scheme: 'basic' })).toBe('HTTP basic credentials');
    expect(describeScheme({ type: 'oauth2', flows: {} })).toBe('an OAuth 2.0 access token');
  });
});
