import { expect, test } from '@playwright/test';
import { collectPageErrors, openConsole, OPERATIONS, responseRegion, send } from './console-page';

test('"Copy link" shares parameters, body and the mock choice, never credentials; the link fills the console', async ({ browser, page, context }) => {
  // Two page loads and several answers: more than one page's worth of time on a loaded machine.
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = collectPageErrors(page);
  const console = await openConsole(page, 'create-book');
  await console.getByLabel('Server', { exact: true }).selectOption({ label: 'Mock (in this browser)' });
  await console.getByLabel('X-API-Key', { exact: true }).fill('secret-key-123');
  const editor = console.getByLabel('Request body', { exact: true });
  const book = JSON.parse(await editor.inputValue()) as Record<string, unknown>;
  await editor.fill(JSON.stringify({ ...book, title: 'A shared title' }, null, 2));
  // "Copied" shows for 1.5 s, and on a loaded machine the click alone took 2.4 s once: record that it appeared.
  await page.evaluate(() => {
    const tryIt = document.getElementById('try-it')!;
    new MutationObserver(() => {
      if ([...tryIt.querySelectorAll('button')].some((button) => button.textContent === 'Copied')) tryIt.dataset.sawCopied = 'yes';
    }).observe(tryIt, { subtree: true, childList: true, characterData: true });
  });
  await console.getByRole('button', { name: 'Copy link' }).click();
  await expect(console).toHaveAttribute('data-saw-copied', 'yes');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`${OPERATIONS}/create-book/#try=[A-Za-z0-9_-]+$`));
  const decoded = Buffer.from(link.split('#try=')[1], 'base64url').toString('utf8');
  expect(decoded).toContain('A shared title');
  expect(decoded).not.toContain('secret-key-123');

  // Another reader: a fresh browser context, nothing in its storage.
  const other = await browser.newContext();
  const reader = await other.newPage();
  const readerErrors = collectPageErrors(reader);
  await reader.goto(link);
  const filled = reader.locator('#try-it');
  await expect(filled.getByLabel('Request body', { exact: true })).toHaveValue(/A shared title/);
  await expect(filled.getByLabel('Server', { exact: true })).toHaveValue('-2');
  await expect(filled.getByLabel('X-API-Key', { exact: true })).toHaveValue('');
  await expect(filled).toBeInViewport();
  await send(reader);
  await expect(responseRegion(reader)).toContainText('401 Unauthorized');
  await expect(responseRegion(reader)).toContainText('Mocked in your browser');
  await other.close();
  expect(readerErrors).toEqual([]);
  expect(errors).toEqual([]);
});

test('a shared link carries query parameters and a real server choice', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const errors = collectPageErrors(page);
  const console = await openConsole(page, 'list-books');
  await console.getByLabel('limit', { exact: true }).fill('3');
  await console.getByLabel('genre', { exact: true }).selectOption('mystery');
  await console.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.goto('about:blank');
  await page.goto(link);
  const filled = page.locator('#try-it');
  await expect(filled.getByLabel('limit', { exact: true })).toHaveValue('3');
  await expect(filled.getByLabel('genre', { exact: true })).toHaveValue('mystery');
  await expect(filled.getByLabel('Server', { exact: true })).toHaveValue('0');
  expect(errors).toEqual([]);
});
