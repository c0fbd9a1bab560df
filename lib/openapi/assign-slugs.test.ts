import { describe, expect, it } from 'vitest';
import { assignSlugs, methodPathSlug, slugify } from './assign-slugs';

describe('slugify', () => {
  it('gives lowercase [a-z0-9-] slugs', () => {
    expect(slugify('sshKeys_list', { splitCamel: true })).toBe('ssh-keys-list');
    expect(slugify('getHTTPResponse', { splitCamel: true })).toBe('get-http-response');
    expect(slugify('  Ünïcode--ÿes!! ')).toBe('unicode-yes');
    expect(slugify('日本語')).toBe('');
    expect(slugify('x'.repeat(200))).toHaveLength(80);
  });

  it('builds method + path slugs without splitting the path', () => {
    expect(methodPathSlug('get', '/pets/{petId}')).toBe('get-pets-petid');
    expect(methodPathSlug('post', '/')).toBe('post');
  });
});

describe('assignSlugs', () => {
  it('uses unique operationIds, else method + path, and suffixes clashes deterministically', () => {
    const slugs = assignSlugs(
      [
        { operationId: 'listPets', method: 'get', path: '/pets' },
        { operationId: 'dup', method: 'get', path: '/a' },
        { operationId: 'dup', method: 'post', path: '/a' },
        { method: 'get', path: '/pets' },
        { operationId: 'list_pets', method: 'get', path: '/other' },
        { operationId: '日本', method: 'put', path: '/x/{id}' },
        { method: 'get', path: '/explorer' },
        { operationId: 'Explorer', method: 'get', path: '/y' },
      ],
      ['webhooks', 'schemas', 'explorer'],
    );
    expect(slugs).toEqual(['list-pets', 'get-a', 'post-a', 'get-pets', 'list-pets-2', 'put-x-id', 'get-explorer', 'explorer-2']);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
