import { beforeAll, describe, expect, it } from 'vitest';
import { bookshelfGoldenRequests, type GoldenRequest } from '../tryit/test-fixtures/bookshelf-requests';
import { toCurl } from './to-curl';

// Golden files of the console's curl view with credentials masked (its default). The unmasked
// text is the curl code sample, kept in lib/request/golden/<case>/curl.sh.
// Regenerate after an intended change with `npx vitest run lib/request/to-curl.golden.test.ts -u`.
describe('toCurl golden files (Bookshelf operations, secrets masked)', () => {
  let requests: GoldenRequest[];
  beforeAll(async () => {
    requests = await bookshelfGoldenRequests();
  });

  it.each(['create-book-json-bearer', 'upload-book-cover-multipart', 'list-books-query'])('%s matches its golden file', async (name) => {
    const request = requests.find((r) => r.name === name)?.request;
    if (!request) throw new Error(`no golden request named ${name}`);
    await expect(`${toCurl(request, { maskSecrets: true })}\n`).toMatchFileSnapshot(`golden/${name}.masked.sh`);
  });
});
