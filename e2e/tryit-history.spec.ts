import { expect, test } from '@playwright/test';
import { collectPageErrors, openConsole, responseRegion, send } from './console-page';

test('history lists sent requests without secrets, replays one into the console, and clears', async ({ page }) => {
  // Two page loads and several answers: more than one page's worth of time on a loaded machine.
  test.setTimeout(60_000);
  const errors = collectPageErrors(page);
  let console = await openConsole(page, 'create-book');
  await console.getByLabel('Server', { exact: true }).selectOption({ label: 'Mock (in this browser)' });
  await console.getByLabel('X-API-Key', { exact: true }).fill('secret-xyz');
  await send(page);
  await expect(responseRegion(page)).toContainText('201 Created');

  console = await openConsole(page, 'list-books');
  const limit = console.getByLabel('limit', { exact: true });
  await limit.fill('5');
  await send(page);
  await expect(responseRegion(page)).toContainText('200 OK');
  await limit.fill('7');

  await console.getByText(/^History \(\d+\)$/).click();
  const list = console.getByRole('list', { name: 'Request history' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('GET http://127.0.0.1:4010/books?limit=5');
  await expect(list.getByRole('listitem').first()).toContainText('200');
  await expect(list.getByRole('listitem').nth(1)).toContainText('POST http://127.0.0.1:4010/books');
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).toContain('limit=5');
  expect(stored).not.toContain('secret-xyz');

  await list.getByRole('button', { name: /^Replay GET .*limit=5$/ }).click();
  await expect(limit).toHaveValue('5');

  // An entry of another operation replays on its own page, filled from the entry.
  await list.getByRole('link', { name: /^Replay POST/ }).click();
  await expect(page).toHaveURL(/\/create-book\/#try=/);
  const replayed = page.locator('#try-it');
  await expect(replayed.getByLabel('Request body', { exact: true })).toHaveValue(/The Adventure of the Dancing Men/);
  await expect(replayed.getByLabel('Server', { exact: true })).toHaveValue('-2');

  await replayed.getByText(/^History \(\d+\)$/).click();
  await replayed.getByRole('button', { name: 'Clear history' }).click();
  await expect(replayed.getByText('History (0)')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('history')))).toEqual([]);
  expect(errors).toEqual([]);
});
