import { expect, test } from '@playwright/test';
import { collectPageErrors, openConsole, responseRegion, send } from './console-page';

test('two history entries compare side by side: statuses, headers and a highlighted body difference, loaded on demand', async ({ page }) => {
  test.setTimeout(60_000);
  const errors = collectPageErrors(page);
  const console = await openConsole(page, 'create-book');
  await console.getByLabel('Server', { exact: true }).selectOption({ label: 'Mock (in this browser)' });
  await send(page);
  await expect(responseRegion(page)).toContainText('401 Unauthorized');
  await console.getByLabel('X-API-Key', { exact: true }).fill('secret-compare-key');
  await send(page);
  await expect(responseRegion(page)).toContainText('201 Created');

  await console.getByText(/^History \(\d+\)$/).click();
  const compareButton = console.getByRole('button', { name: /^Compare selected/ });
  await expect(compareButton).toBeDisabled();
  await console.getByRole('checkbox', { name: /^Compare POST .*\/books at / }).first().check();
  await console.getByRole('checkbox', { name: /^Compare POST .*\/books at / }).nth(1).check();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await compareButton.click();
  const comparison = console.getByRole('region', { name: 'Compare responses' });
  await expect(comparison).toBeVisible();
  // The comparison (and jsdiff) is its own chunk, fetched only now.
  expect(scripts.length).toBeGreaterThan(0);
  await expect(comparison.locator('.tryit-compare-summary').first()).toContainText('401');
  await expect(comparison.locator('.tryit-compare-summary').nth(1)).toContainText('201');
  await expect(comparison.getByRole('row', { name: /content-type/i })).toContainText('application/problem+json');
  await expect(comparison.getByRole('status')).toContainText(/\d+ lines? differ/);
  const body = comparison.getByRole('table', { name: 'Body differences' });
  await expect(body.locator('.tryit-diff-removed').first()).toBeVisible();
  await expect(body.locator('.tryit-diff-added').first()).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('secret-compare-key');
  expect(errors).toEqual([]);
});
