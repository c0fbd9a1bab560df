import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { collectPageErrors, openConsole, responseRegion, send } from './console-page';

test('environments fill every console, switching one changes the next request, and export/import round-trips without secrets', async ({ page }) => {
  // Three page loads and several answers: more than one page's worth of time on a loaded machine.
  test.setTimeout(90_000);
  const errors = collectPageErrors(page);
  let console = await openConsole(page, 'list-books');
  await console.getByLabel('Server', { exact: true }).selectOption({ label: 'Mock (in this browser)' });
  const limit = console.getByLabel('limit', { exact: true });
  for (const [name, value] of [['Three', '3'], ['Nine', '9']]) {
    await limit.fill(value);
    await console.getByRole('button', { name: 'New environment' }).click();
    await console.getByLabel('Environment name').fill(name);
    await console.getByRole('button', { name: 'Create', exact: true }).click();
  }
  const environment = console.getByLabel('Environment', { exact: true });
  await expect(environment).toHaveValue(/.+/);
  await expect(console.getByText('Fills server Mock (in this browser); limit = 9.')).toBeVisible();

  await environment.selectOption({ label: 'Three' });
  await expect(limit).toHaveValue('3');
  await send(page);
  await expect(responseRegion(page)).toContainText('200 OK');
  await environment.selectOption({ label: 'Nine' });
  await send(page);
  await expect(responseRegion(page)).toContainText('200 OK');
  await console.getByText(/^History \(\d+\)$/).click();
  const history = console.getByRole('list', { name: 'Request history' }).getByRole('listitem');
  await expect(history.first()).toContainText('GET http://127.0.0.1:4010/books?limit=9');
  await expect(history.nth(1)).toContainText('GET http://127.0.0.1:4010/books?limit=3');

  // Another operation's console opens filled by the chosen environment; its credentials are the environment's own.
  console = await openConsole(page, 'create-book');
  await expect(console.getByLabel('Environment', { exact: true })).toHaveValue(/.+/);
  await expect(console.getByLabel('Server', { exact: true })).toHaveValue('-2');
  await console.getByLabel('X-API-Key', { exact: true }).fill('secret-env-key');
  const downloading = page.waitForEvent('download');
  await console.getByRole('button', { name: 'Export' }).click();
  const exported = fs.readFileSync(await (await downloading).path(), 'utf8');
  expect(JSON.parse(exported).environments).toEqual([
    { name: 'Three', server: 'mock', variables: {}, parameters: { limit: '3' } },
    { name: 'Nine', server: 'mock', variables: {}, parameters: { limit: '9' } },
  ]);
  expect(exported).not.toContain('secret-env-key');
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('secret-env-key');

  for (const name of ['Nine', 'Three']) {
    await console.getByLabel('Environment', { exact: true }).selectOption({ label: name });
    await console.getByRole('button', { name: `Delete environment ${name}` }).click();
  }
  await expect(console.getByLabel('Environment', { exact: true }).locator('option')).toHaveText(['No environment']);

  const importer = console.getByLabel('Import environments');
  await importer.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"portico-environments","version":1,"api":"bookshelf","environments":[{"name":""}]}') });
  await expect(console.getByRole('alert')).toContainText('environments[0].name: expected a name of 1 to 80 characters');
  await importer.setInputFiles({ name: 'bookshelf-environments.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(console.getByRole('status').filter({ hasText: 'Imported Three, Nine' })).toBeVisible();
  await console.getByLabel('Environment', { exact: true }).selectOption({ label: 'Nine' });
  // Deleting an environment forgot its credentials; the imported one has none until the reader enters them.
  await expect(console.getByLabel('X-API-Key', { exact: true })).toHaveValue('');

  console = await openConsole(page, 'list-books');
  await expect(console.getByLabel('limit', { exact: true })).toHaveValue('9');
  expect(errors).toEqual([]);
});
