import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSlugs, methodPathSlug, schemaSlugs, slugify } from './assign-slugs';

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
  it('gives hostile operationIds valid, unique slugs', () => {
    const ids = ['..', '.', '%2e%2e', '/', '?', '#', 'ünï', '日本', 'x'.repeat(300), ''];
    const slugs = assignSlugs(ids.map((operationId, i) => ({ operationId, method: 'get', path: `/p${i}` })), ['webhooks', 'schemas']);
    expect(slugs).toEqual(['get-p0', 'get-p1', '2e-2e', 'get-p3', 'get-p4', 'get-p5', 'uni', 'get-p7', 'x'.repeat(80), 'get-p9']);
  });

  it('gives any operations safe, unique, deterministic slugs (property)', () => {
    const reserved = ['webhooks', 'schemas', 'explorer', 'nav', 'openapi.json', 'openapi.yaml', 'changelog'];
    const item = fc.record({ operationId: fc.option(fc.string({ unit: 'grapheme', maxLength: 12 }), { nil: undefined }), method: fc.constantFrom('get', 'post'), path: fc.string({ maxLength: 12 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const slugs = assignSlugs(items, reserved);
        for (const slug of slugs) {
          expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(reserved).not.toContain(slug);
        }
        expect(new Set(slugs.map((s) => s.toLowerCase())).size).toBe(slugs.length);
        expect(assignSlugs(items, reserved)).toEqual(slugs);
      }),
      { numRuns: 300 },
    );
  });
});

describe('schemaSlugs', () => {
  it('keeps safe names, so existing schema URLs stay', () => {
    expect(schemaSlugs(['Pet', 'pet_v2', 'io.k8s.api.core.v1.Pod', 'Book-Id'])).toEqual({ Pet: 'Pet', pet_v2: 'pet_v2', 'io.k8s.api.core.v1.Pod': 'io.k8s.api.core.v1.Pod', 'Book-Id': 'Book-Id' });
  });

  it('slugs names that would escape or break a static export', () => {
    expect(schemaSlugs(['..', '.', 'a/b', '%2e%2e', '<script>', '.hidden', 'trailing.', '', '__proto__'])).toEqual({
      '..': 'schema',
      '.': 'schema-2',
      'a/b': 'a-b',
      '%2e%2e': '2e-2e',
      '<script>': 'script',
      '.hidden': 'hidden',
      'trailing.': 'trailing',
      '': 'schema-3',
      ['__proto__']: '__proto__',
    });
  });

  it('never gives two names one folder on a case-insensitive file system', () => {
    expect(schemaSlugs(['Book', 'book', 'BOOK'])).toEqual({ Book: 'Book', book: 'book-2', BOOK: 'BOOK-3' });
  });

  it('gives any names safe, unique, deterministic slugs (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 30 }), (names) => {
        const slugs = schemaSlugs(names);
        const values = names.map((name) => slugs[name]);
        for (const slug of values) {
          expect(slug).toMatch(/^[A-Za-z0-9._-]+$/);
          expect(['.', '..']).not.toContain(slug);
          expect(slug.endsWith('.')).toBe(false);
        }
        expect(new Set(values.map((s) => s.toLowerCase())).size).toBe(values.length);
        expect(schemaSlugs(names)).toEqual(slugs);
      }),
      { numRuns: 300 },
    );
  });
});
