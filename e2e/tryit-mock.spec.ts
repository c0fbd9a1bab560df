import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors, DEMO_API, openConsole, responseRegion, send } from './console-page';
import { SUBPATH_PORT } from './servers';

/** Every request the page makes to the demo API: in mock mode there must be none. */
function watchDemoApi(page: Page): string[] {
  const hits: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(DEMO_API)) hits.push(`${request.method()} ${request.url()}`);
  });
  return hits;
}

async function chooseMock(console: ReturnType<Page['locator']>) {
  await console.getByLabel('Server', { exact: true }).selectOption({ label: 'Mock (in this browser)' });
}

test('mock: a created book can be read back on its own page, and no request reaches the API', async ({ page }) => {
  // Two page loads and several answers: more than one page's worth of time on a loaded machine.
  test.setTimeout(60_000);
  const errors = collectPageErrors(page);
  const hits = watchDemoApi(page);
  let console = await openConsole(page, 'create-book');
  await chooseMock(console);
  await expect(console.locator('.tryit-credential-note')).toContainText('Mock: answered in this page, nothing is sent.');

  // Without credentials the mock refuses a write as the API would.
  await send(page);
  const response = responseRegion(page);
  await expect(response).toContainText('401 Unauthorized');
  await expect(response).toContainText('Mocked in your browser');
  await expect(response.getByLabel('Response body')).toContainText('X-API-Key');

  await console.getByLabel('X-API-Key', { exact: true }).fill('any-key-will-do');
  await send(page);
  await expect(response).toContainText('201 Created');
  await expect(response).toContainText('Mocked in your browser');
  await expect(response).toContainText('Matches the documented schema');
  const body = response.getByLabel('Response body');
  await expect(body).toContainText('"title": "The Adventure of the Dancing Men"');
  const id = /"id": "(bk_mock\d+)"/.exec((await body.textContent()) ?? '')?.[1];
  expect(id).toBeTruthy();
  await response.getByText(/^Headers/).click();
  await expect(response.getByText(`/books/${id}`)).toBeVisible();
  // The request as code is the same view as for a live call, secrets masked.
  await console.getByText('Request as code').click();
  await expect(console.locator('.tryit-preview pre')).toContainText("--header 'X-API-Key: ****'");

  // Another page of the same API in the same tab: the mock is still chosen and knows the book.
  console = await openConsole(page, 'get-book');
  await expect(console.getByLabel('Server', { exact: true })).toHaveValue('-2');
  await console.getByLabel('bookId', { exact: true }).fill(id!);
  await send(page);
  await expect(response).toContainText('200 OK');
  await expect(response).toContainText('Mocked in your browser');
  await expect(response.getByLabel('Response body')).toContainText(`"id": "${id}"`);
  await expect(response.getByLabel('Response body')).toContainText('"title": "The Adventure of the Dancing Men"');

  expect(hits).toEqual([]);
  expect(errors).toEqual([]);
});

test('mock: a request missing a required field gets a 400 problem naming it', async ({ page }) => {
  const errors = collectPageErrors(page);
  const hits = watchDemoApi(page);
  const console = await openConsole(page, 'create-book');
  await chooseMock(console);
  await console.getByLabel('X-API-Key', { exact: true }).fill('k');
  const editor = console.getByLabel('Request body', { exact: true });
  const withoutTitle = JSON.parse(await editor.inputValue()) as Record<string, unknown>;
  delete withoutTitle.title;
  await editor.fill(JSON.stringify(withoutTitle, null, 2));
  await send(page);
  await console.getByRole('button', { name: 'Send anyway' }).click();
  const response = responseRegion(page);
  await expect(response).toContainText('400 Bad Request');
  await expect(response).toContainText('Mocked in your browser');
  const body = response.getByLabel('Response body');
  await expect(body).toContainText('"field": "title"');
  await expect(body).toContainText('title (body) is required');
  await expect(response.getByText(/^Headers/)).toBeVisible();
  expect(hits).toEqual([]);
  expect(errors).toEqual([]);
});

test('mock: the reader picks a documented status to see it', async ({ page }) => {
  const errors = collectPageErrors(page);
  const hits = watchDemoApi(page);
  const console = await openConsole(page, 'get-book');
  await chooseMock(console);
  await console.getByLabel('Mock response', { exact: true }).selectOption({ label: '404 Not Found' });
  await send(page);
  const response = responseRegion(page);
  await expect(response).toContainText('404 Not Found');
  await expect(response).toContainText('Mocked in your browser');
  await expect(response).toContainText('Matches the documented schema');
  // Back on a real server the console calls the demo API again.
  await console.getByLabel('Server', { exact: true }).selectOption({ index: 0 });
  await send(page);
  await expect(response).toContainText('200 OK');
  await expect(response).not.toContainText('Mocked in your browser');
  expect(hits.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('mock is where a console starts when the API has no reachable server, and hostile examples stay text', async ({ page }) => {
  const errors = collectPageErrors(page);
  // The fixture's hostile spec names only https://api.example.com/{v}, with markup in every text.
  await page.goto(`http://127.0.0.1:${SUBPATH_PORT}/sub/reference/xss/list-names/`);
  const console = page.locator('#try-it');
  await console.scrollIntoViewIfNeeded();
  await expect(console.getByLabel('Server', { exact: true })).toHaveValue('-2');
  await console.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(responseRegion(page)).toContainText('Mocked in your browser');
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(errors).toEqual([]);
});
