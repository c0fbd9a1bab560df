import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApi } from './load-api';

describe('reviewModel', () => {
  it('warns about schema pages that are not at their names and operations served from another origin', async () => {
    const result = await loadApi(new URL('../../e2e/fixtures/content/openapi/xss.yaml', import.meta.url).pathname);
    const warnings = result.problems.filter((p) => p.code === 'schema-slug' || p.code === 'other-origin-server');
    expect(warnings.map((p) => [p.code, p.pointer, p.message])).toEqual(
      expect.arrayContaining([
        ['other-origin-server', '/paths/~1elsewhere/get', "GET /elsewhere is served from http://localhost:4010, not the API's https://api.example.com"],
        ['schema-slug', '/components/schemas/..', 'Schema ".." cannot be a URL as it is; its page is schemas/schema/'],
        ['schema-slug', '/components/schemas/book', 'Schema "book" differs from another schema\'s name only in case; its page is schemas/book-2/ so the two never share a folder'],
      ]),
    );
    for (const warning of warnings) expect(warning.line).toBeGreaterThan(0);
  });

  it('warns about operations and webhooks moved off their slug by a clash, naming the pointer', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-'));
    const file = path.join(dir, 'clash.yaml');
    const ok = "{ responses: { '200': { description: ok } } }";
    fs.writeFileSync(
      file,
      [
        'openapi: 3.1.0',
        "info: { title: C, version: '1' }",
        'paths:',
        '  /a:',
        `    get: { operationId: listPets, ${ok.slice(2)}`,
        '  /b:',
        `    get: { operationId: list_pets, ${ok.slice(2)}`,
        '  /c:',
        `    get: { operationId: '..', ${ok.slice(2)}`,
        'webhooks:',
        `  'a/b': { post: ${ok} }`,
        `  'a b': { post: ${ok} }`,
      ].join('\n'),
    );
    try {
      const result = await loadApi(file);
      const clashes = result.problems.filter((p) => p.code === 'slug-clash');
      expect(clashes.map((p) => [p.pointer, p.message])).toEqual([
        ['/paths/~1b/get', 'GET /b would be at list-pets/, which is taken (by another operation or a reserved page); its page is list-pets-2/'],
        ['/webhooks/a b/post', 'Webhook "a b" (POST) would be at webhooks/a-b/, which is taken (by another operation or a reserved page); its page is webhooks/a-b-2/'],
      ]);
      for (const clash of clashes) expect(clash.line).toBeGreaterThan(0);
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
