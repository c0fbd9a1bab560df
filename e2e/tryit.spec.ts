import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { collectPageErrors, DEMO_API, openConsole, responseRegion, send } from './console-page';
import { NO_CORS_API_PORT } from './servers';

// A 1x1 transparent PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

test('list: query parameters go out and the JSON page comes back, checked against the schema', async ({ page }) => {
  const errors = collectPageErrors(page);
  const console = await openConsole(page, 'list-books');
  await console.getByLabel('limit', { exact: true }).fill('2');
  await console.getByLabel('genre', { exact: true }).selectOption('mystery');
  await expect(console.locator('.tryit-preview pre')).toContainText(`${DEMO_API}/books?limit=2&genre=mystery`);
  await send(page);
  const response = responseRegion(page);
  await expect(response).toContainText('200 OK');
  await expect(response.getByLabel('Response body')).toContainText('"nextCursor"');
  await expect(response.getByLabel('Response body')).toContainText('"genre": "mystery"');
  await expect(response).toContainText('Matches the documented schema');
  expect(errors).toEqual([]);
});

test('get: a path parameter fills the URL; an unknown id shows the documented 404', async ({ page }) => {
  const errors = collectPageErrors(page);
  const console = await openConsole(page, 'get-book');
  await expect(console.getByLabel('bookId', { exact: true })).toHaveValue('bk_001');
  await console.getByLabel('bookId', { exact: true }).fill('bk_002');
  await send(page);
  await expect(responseRegion(page)).toContainText('200 OK');
  await expect(responseRegion(page).getByLabel('Response body')).toContainText('"id": "bk_002"');
  await console.getByLabel('bookId', { exact: true }).fill('bk_zzz999');
  await send(page);
  await expect(responseRegion(page)).toContainText('404 Not Found');
  await expect(responseRegion(page)).toContainText('Matches the documented schema');
  expect(errors).toEqual([]);
});

test('create with a JSON body: 401 without credentials, 201 with the API key, secrets masked in curl', async ({ page }) => {
  // Two real requests, a schema check and the snippet generator: 8-25 s on a loaded 2-core machine.
  test.setTimeout(60_000);
  const errors = collectPageErrors(page);
  const console = await openConsole(page, 'create-book');
  await expect(console.getByLabel('Request body', { exact: true })).toHaveValue(/The Adventure of the Dancing Men/);
  await send(page);
  await expect(responseRegion(page)).toContainText('401 Unauthorized');

  await console.getByLabel('X-API-Key', { exact: true }).fill('demo-key');
  const curl = console.locator('.tryit-preview pre');
  await expect(curl).toContainText("--header 'X-API-Key: ****'");
  await console.getByText('Request as code').click();
  await console.getByRole('button', { name: 'Reveal secrets' }).click();
  await expect(curl).toContainText("--header 'X-API-Key: demo-key'");
  await send(page);
  await expect(responseRegion(page)).toContainText('201 Created');
  await expect(responseRegion(page).getByLabel('Response body')).toContainText('"title": "The Adventure of the Dancing Men"');
  await expect(responseRegion(page)).toContainText('Matches the documented schema');
  expect(errors).toEqual([]);
});

test('bearer auth reaches the server, and credentials are shared by the API\'s operations in the tab', async ({ page }) => {
  const errors = collectPageErrors(page);
  let console = await openConsole(page, 'get-me');
  await send(page);
  await expect(responseRegion(page)).toContainText('401 Unauthorized');
  await console.getByLabel('Bearer token', { exact: true }).fill('demo-token');
  await send(page);
  await expect(responseRegion(page)).toContainText('200 OK');
  await expect(responseRegion(page).getByLabel('Response body')).toContainText('"plan"');

  console = await openConsole(page, 'delete-book');
  await expect(console.getByLabel('Bearer token', { exact: true })).toHaveValue('demo-token');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('try-it')))).toEqual([]);
  await console.getByLabel('Remember on this device').check();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('try-it')).length)).toBe(1);
  await console.getByLabel('Remember on this device').uncheck();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('try-it')).length)).toBe(0);
  expect(errors).toEqual([]);
});

test('upload a file as multipart/form-data', async ({ page }) => {
  const errors = collectPageErrors(page);
  const console = await openConsole(page, 'upload-book-cover');
  await console.getByLabel('X-API-Key', { exact: true }).fill('demo-key');
  await console.getByLabel('bookId', { exact: true }).fill('bk_003');
  await console.getByLabel('file', { exact: true }).setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PNG });
  await console.getByLabel('altText', { exact: true }).fill('A tiny transparent square');
  await expect(console.locator('.tryit-preview pre')).toContainText(`--form 'file=@"cover.png";type=image/png'`);
  await send(page);
  await expect(responseRegion(page)).toContainText('200 OK');
  await expect(responseRegion(page).getByLabel('Response body')).toContainText('"contentType": "image/png"');
  await expect(responseRegion(page).getByLabel('Response body')).toContainText('A tiny transparent square');

  await openConsole(page, 'get-book-cover');
  await page.locator('#try-it').getByLabel('bookId', { exact: true }).fill('bk_003');
  await send(page);
  await expect(responseRegion(page)).toContainText('200 OK');
  await expect(responseRegion(page).getByRole('img', { name: /Response image/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('send an image as the raw body: the file picker replaces the text box', async ({ page }) => {
  const errors = collectPageErrors(page);
  const console = await openConsole(page, 'upload-book-cover');
  await console.getByLabel('X-API-Key', { exact: true }).fill('demo-key');
  await console.getByLabel('bookId', { exact: true }).fill('bk_005');
  await console.getByLabel('Content type').selectOption('image/*');
  await expect(console.getByLabel('Request body', { exact: true })).toHaveCount(0);
  await console.getByLabel('Body file').setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PNG });
  await expect(console.getByText(`cover.png, ${PNG.length} bytes, sent as the body`)).toBeVisible();
  await expect(console.locator('.tryit-preview pre')).toContainText(`--header 'Content-Type: image/png'`);
  await expect(console.locator('.tryit-preview pre')).toContainText(`--data-binary '@cover.png'`);
  await send(page);
  await expect(responseRegion(page)).toContainText('200 OK');
  await expect(responseRegion(page).getByLabel('Response body')).toContainText('"bookId": "bk_005"');
  await expect(responseRegion(page).getByLabel('Response body')).toContainText(`"size": ${PNG.length}`);
  expect(errors).toEqual([]);
});

test('delete a book created for the test: 204 with no body', async ({ page, request }) => {
  const errors = collectPageErrors(page);
  const created = await request.post(`${DEMO_API}/books`, {
    headers: { 'X-API-Key': 'demo-key' },
    data: { title: 'To be deleted', authorId: 'au_001', genre: 'fiction', format: { type: 'ebook', fileFormat: 'epub' } },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const console = await openConsole(page, 'delete-book');
  await console.getByLabel('X-API-Key', { exact: true }).fill('demo-key');
  await console.getByLabel('bookId', { exact: true }).fill(id);
  await send(page);
  await expect(responseRegion(page)).toContainText('204 No Content');
  await expect(responseRegion(page)).toContainText('No body.');
  expect((await request.get(`${DEMO_API}/books/${id}`)).status()).toBe(404);
  expect(errors).toEqual([]);
});

test('a wrong body is caught before sending: no request reaches the API until "Send anyway"', async ({ page }) => {
  // Several Sends and a validator chunk: ~20 s on a 2-core machine, more when it is loaded.
  test.setTimeout(60_000);
  const errors = collectPageErrors(page);
  const apiRequests: string[] = [];
  page.on('request', (req) => {
    if (req.url().startsWith(DEMO_API)) apiRequests.push(`${req.method()} ${req.url()}`);
  });
  const console = await openConsole(page, 'create-book');
  await console.getByLabel('X-API-Key', { exact: true }).fill('demo-key');
  const body = console.getByLabel('Request body', { exact: true });

  await body.fill('{"title": }');
  await expect(console).toContainText('JSON syntax error at line 1, column 11');
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  await send(page);
  await expect(console.getByRole('alert')).toContainText('Not sent: the body is not valid JSON (line 1, column 11)');

  // A wrong shape tag is one message naming the field and its allowed values, not one per oneOf branch.
  await body.fill(JSON.stringify({ title: 'Dune', authorId: 'au_001', genre: 'fiction', format: { type: 'paperbook', binding: 'paperback' } }));
  await send(page);
  await expect(console.locator('.tryit-issues li')).toHaveCount(1);
  await expect(console.locator('.tryit-issues')).toHaveText('format.type must be one of: "print", "ebook", "audiobook"');

  await body.fill(JSON.stringify({ title: 42, authorId: 'au_001', genre: 'fiction', format: { type: 'ebook', fileFormat: 'epub' } }));
  await send(page);
  await expect(console.getByRole('alert')).toContainText('Not sent');
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  await expect(console.locator('.tryit-issues')).toContainText('title must be a string');
  expect(apiRequests).toEqual([]);

  await console.getByRole('button', { name: 'Send anyway' }).click();
  await expect(responseRegion(page)).toContainText('400 Bad Request');
  expect(apiRequests.filter((r) => r.startsWith('POST'))).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('a missing required parameter is marked on its input', async ({ page }) => {
  const errors = collectPageErrors(page);
  const console = await openConsole(page, 'get-book');
  const bookId = console.getByLabel('bookId', { exact: true });
  await bookId.fill('');
  await send(page);
  await expect(bookId).toHaveAttribute('aria-invalid', 'true');
  await expect(console).toContainText('bookId is required');
  await bookId.fill('bk_001');
  await expect(bookId).not.toHaveAttribute('aria-invalid', 'true');
  expect(errors).toEqual([]);
});

test('a CORS failure is explained instead of "Failed to fetch"', async ({ page }) => {
  const errors = collectPageErrors(page);
  const console = await openConsole(page, 'list-books');
  await console.getByLabel('Server', { exact: true }).selectOption({ label: 'Custom base URL…' });
  await console.getByLabel('Base URL', { exact: true }).fill(`http://127.0.0.1:${NO_CORS_API_PORT}`);
  await send(page);
  const response = responseRegion(page);
  await expect(response).toContainText('The request failed before a response arrived');
  await expect(response).toContainText('does not allow cross-origin requests from this page (CORS)');
  await expect(response).not.toContainText('Failed to fetch');
  expect(errors).toEqual([]);
});

test('the contract check flags a response that breaks the documented schema', async ({ page }) => {
  const errors = collectPageErrors(page);
  // A tiny API that answers with a book missing most fields and a numeric title.
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
    res.end(JSON.stringify({ id: 'bk_001', title: 7 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const console = await openConsole(page, 'get-book');
    await console.getByLabel('Server', { exact: true }).selectOption({ label: 'Custom base URL…' });
    await console.getByLabel('Base URL', { exact: true }).fill(`http://127.0.0.1:${port}`);
    await send(page);
    const response = responseRegion(page);
    await expect(response).toContainText('200 OK');
    const differences = response.getByRole('group', { name: 'Differences from the documented schema' });
    await expect(differences).toContainText('does not match the documented schema');
    await expect(differences).toContainText('/title must be a string');
    await expect(differences).toContainText('/authorId is required');
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  expect(errors).toEqual([]);
});

test('an undocumented status is named', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.route(`${DEMO_API}/genres`, (route) => route.fulfill({ status: 418, contentType: 'text/plain', body: 'teapot', headers: { 'Access-Control-Allow-Origin': '*' } }));
  await openConsole(page, 'list-genres');
  await send(page);
  await expect(responseRegion(page)).toContainText('418');
  await expect(responseRegion(page)).toContainText('Status 418 is not documented for this operation.');
  expect(errors).toEqual([]);
});

for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
  test(`after Send the answer is in view and focused (${viewport.width}×${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const console = await openConsole(page, 'list-books');
    await console.getByRole('button', { name: 'Send', exact: true }).click();
    const response = responseRegion(page);
    await expect(response).toContainText('200 OK');
    await expect(response).toBeFocused();
    await expect(response.locator('.tryit-status-line')).toBeInViewport();
  });
}

test('a request that is not sent clears the earlier answer', async ({ page }) => {
  const console = await openConsole(page, 'list-books');
  await send(page);
  await expect(responseRegion(page)).toContainText('200 OK');
  await console.getByLabel('limit', { exact: true }).fill('1000');
  await send(page);
  await expect(console.getByRole('alert')).toContainText('Not sent');
  await expect(responseRegion(page)).not.toContainText('200 OK');
});
