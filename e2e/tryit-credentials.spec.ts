import { expect, test, type Page, type Request } from '@playwright/test';
import { collectPageErrors, DEMO_API, openConsole, responseRegion } from './console-page';
import { DEMO_API_PORT, SUBPATH_PORT } from './servers';

/** Origin-bound credentials and inline images in the try-it console (DESIGN, Security). */
// The same port under another host name: another origin to the browser.
const OTHER_API = `http://localhost:${DEMO_API_PORT}`;

/** Clicks Send and returns the GET the console sent to `url` (never the CORS preflight). */
async function sendAndCapture(page: Page, url: string): Promise<Request> {
  const sent = page.waitForRequest((req) => req.url() === url && req.method() === 'GET');
  await page.locator('#try-it').getByRole('button', { name: 'Send', exact: true }).click();
  return sent;
}

test('a bearer token goes to the server it was entered for, and to another origin only once the reader allows it', async ({ page }) => {
  const errors = collectPageErrors(page);
  // The other origin is answered here, so what reaches it can be read off the intercepted request.
  await page.route(`${OTHER_API}/**`, (route) =>
    route.fulfill({
      status: route.request().method() === 'OPTIONS' ? 204 : 200,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization, Accept', 'Access-Control-Allow-Methods': 'GET' },
      body: route.request().method() === 'OPTIONS' ? '' : JSON.stringify({ note: 'other origin' }),
    }),
  );
  const console = await openConsole(page, 'get-me');
  const note = console.locator('.tryit-credential-note');
  const curl = console.locator('.tryit-preview pre');
  await console.getByLabel('Bearer token', { exact: true }).fill('demo-token');
  await expect(note).toContainText('Credentials attached for 127.0.0.1:4010.');
  await expect(curl).toContainText("--header 'Authorization: Bearer ****'");

  const toApi = await sendAndCapture(page, `${DEMO_API}/me`);
  expect(await toApi.headerValue('authorization')).toBe('Bearer demo-token');
  await expect(responseRegion(page)).toContainText('200 OK');

  // Another origin: the custom base URL, typed by the reader.
  await console.getByLabel('Server', { exact: true }).selectOption({ label: 'Custom base URL…' });
  await console.getByLabel('Base URL', { exact: true }).fill(OTHER_API);
  await expect(console.getByRole('status').filter({ hasText: 'Credentials for' })).toContainText('Credentials for 127.0.0.1:4010 are not sent to localhost:4010');
  await expect(note).toContainText('No credentials attached: credentials for 127.0.0.1:4010 are not sent to localhost:4010.');
  await expect(curl).toContainText(`--url '${OTHER_API}/me'`);
  await expect(curl).not.toContainText('Authorization');

  const withheld = await sendAndCapture(page, `${OTHER_API}/me`);
  expect(await withheld.headerValue('authorization')).toBeNull();
  await expect(responseRegion(page).getByLabel('Response body')).toContainText('other origin');

  await console.getByLabel('Send my credentials to localhost:4010 for this session').check();
  await expect(note).toContainText('Credentials attached for localhost:4010 (allowed by you for this session).');
  await expect(curl).toContainText("--header 'Authorization: Bearer ****'");
  const allowed = await sendAndCapture(page, `${OTHER_API}/me`);
  expect(await allowed.headerValue('authorization')).toBe('Bearer demo-token');

  // The consent is this tab's, for this API and origin: never kept on the device.
  expect(await page.evaluate(() => sessionStorage.getItem('portico:try-it-consent:bookshelf'))).toBe(JSON.stringify([OTHER_API]));
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('consent')))).toEqual([]);

  // Clearing the credentials forgets the consent too: a new token starts bound to its own origin again.
  await console.getByRole('button', { name: 'Clear credentials' }).click();
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('portico:try-it-consent:bookshelf'))).toBeNull();
  await console.getByLabel('Server', { exact: true }).selectOption({ index: 0 });
  await console.getByLabel('Bearer token', { exact: true }).fill('second-token');
  await console.getByLabel('Server', { exact: true }).selectOption({ label: 'Custom base URL…' });
  await console.getByLabel('Base URL', { exact: true }).fill(OTHER_API);
  await expect(console.getByLabel('Send my credentials to localhost:4010 for this session')).not.toBeChecked();
  await expect(note).toContainText('No credentials attached');
  expect(errors).toEqual([]);
});

test('an SVG response is shown as text, never as an image', async ({ page }) => {
  const errors = collectPageErrors(page);
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__svgRan = true"><rect width="1" height="1"/></svg>';
  await page.route(`${DEMO_API}/books/bk_001/cover`, (route) =>
    route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg, headers: { 'Access-Control-Allow-Origin': '*' } }),
  );
  const console = await openConsole(page, 'get-book-cover');
  await console.getByLabel('bookId', { exact: true }).fill('bk_001');
  await page.locator('#try-it').getByRole('button', { name: 'Send', exact: true }).click();
  await expect(responseRegion(page)).toContainText('200 OK');
  await expect(responseRegion(page).getByLabel('Response body')).toContainText('<svg xmlns');
  await expect(responseRegion(page).getByRole('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __svgRan?: boolean }).__svgRan)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('an operation whose own server is on another origin gets no credentials until the reader allows it', async ({ page }) => {
  const errors = collectPageErrors(page);
  const elsewhere = `${OTHER_API}/elsewhere`;
  await page.route(elsewhere, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization, Accept', 'Access-Control-Allow-Methods': 'GET' },
      body: route.request().method() === 'OPTIONS' ? '' : JSON.stringify({ note: 'elsewhere' }),
    }),
  );
  // The fixture's hostile spec: GET /elsewhere names http://localhost:4010 as its server; the API's is api.example.com.
  await page.goto(`http://127.0.0.1:${SUBPATH_PORT}/sub/reference/xss/get-elsewhere/`);
  const console = page.locator('#try-it');
  await console.scrollIntoViewIfNeeded();
  await console.getByLabel('Bearer token', { exact: true }).fill('api-token');
  await expect(console.locator('.tryit-credential-note')).toContainText('No credentials attached: credentials for api.example.com are not sent to localhost:4010');

  const withheld = await sendAndCapture(page, elsewhere);
  expect(await withheld.headerValue('authorization')).toBeNull();

  await console.getByLabel('Send my credentials to localhost:4010 for this session').check();
  const allowed = await sendAndCapture(page, elsewhere);
  expect(await allowed.headerValue('authorization')).toBe('Bearer api-token');
  expect(errors).toEqual([]);
});
