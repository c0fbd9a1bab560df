import { expect, test } from '@playwright/test';
import { SUB } from './servers';

const SECRET = 'FIXTURE-SECRET-do-not-publish';

test('$refs out of the spec folder are not published, and the rest of the API renders', async ({ page, request }) => {
  await page.goto(`${SUB}/reference/hostile-refs/list-things/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('List things');
  // The shared schema inside the folder is there; each refused property shows as an unresolved reference, nothing more.
  await expect(page.locator('.op-main')).toContainText('thing');
  await expect(page.locator('.op-main')).toContainText('unresolved ../../../outside-secret.yaml#/Token');
  await expect(page.locator('.op-main')).toContainText('unresolved /dev/zero');
  expect(await page.content()).not.toContain(SECRET);

  for (const file of ['openapi.json', 'openapi.yaml']) {
    const published = await request.get(`${SUB}/reference/hostile-refs/${file}`);
    expect(published.ok()).toBe(true);
    const text = await published.text();
    expect(text).toContain('List things');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('root:');
  }

  // The overview says what was refused, where, and how to fix it.
  await page.goto(`${SUB}/reference/hostile-refs/`);
  await page.getByText(/error\(s\) in this spec/).click();
  const refused = page.locator('.problem').filter({ hasText: 'ref-refused' });
  await expect(refused).toHaveCount(4);
  await expect(refused.first()).toContainText('hostile-refs/openapi.yaml:20');
  await expect(refused.first()).toContainText('Hint: Keep referenced files inside');
});
