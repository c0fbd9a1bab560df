import { beforeAll, describe, expect, it } from 'vitest';
import { bookshelfGoldenRequests, type GoldenRequest } from '../tryit/test-fixtures/bookshelf-requests';
import { SNIPPET_TARGETS, toSnippets, type CodeSnippet } from './to-snippets';

// Golden files: the whole generated text of every language, reviewed as a diff when it changes.
// After an intended change (a new httpsnippet, a new target option), regenerate them with
// `npx vitest run lib/request/to-snippets.golden.test.ts -u` and read the diff before committing.
const EXTENSIONS: Record<string, string> = { curl: 'sh', javascript: 'js', node: 'mjs', python: 'py', go: 'go', java: 'java', ruby: 'rb', php: 'php', csharp: 'cs' };
const IDS = ['curl', ...SNIPPET_TARGETS.map((t) => t.id)];
const CASES = ['create-book-json-bearer', 'upload-book-cover-multipart', 'list-books-query'];

describe('toSnippets golden files (Bookshelf operations)', () => {
  let snippets: Map<string, CodeSnippet[]>;
  beforeAll(async () => {
    const requests: GoldenRequest[] = await bookshelfGoldenRequests();
    expect(requests.map((r) => r.name)).toEqual(CASES);
    snippets = new Map(requests.map((r) => [r.name, toSnippets(r.request)]));
  });

  it.each(CASES)('%s: every language is generated (none dropped by a failing target)', (name) => {
    expect(snippets.get(name)?.map((s) => s.id)).toEqual(IDS);
  });

  it.each(CASES.flatMap((name) => IDS.map((id) => [name, id])))('%s: %s matches its golden file', async (name, id) => {
    const code = snippets.get(name)?.find((s) => s.id === id)?.code;
    expect(code, `${name} has no ${id} snippet`).toBeTypeOf('string');
    await expect(`${code}\n`).toMatchFileSnapshot(`golden/${name}/${id}.${EXTENSIONS[id]}`);
  });
});
