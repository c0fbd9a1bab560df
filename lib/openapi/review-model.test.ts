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
});
