import { expect, test } from '@playwright/test';
import { SUBPATH_PORT } from './servers';

const SUB = `http://127.0.0.1:${SUBPATH_PORT}/sub/`;

test('a portal built with BASE_PATH=/sub works under /sub/ with no broken link or asset', async ({ page, request }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(SUB);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Every link and asset on the home page stays under /sub/ and answers.
  const urls = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement | HTMLScriptElement>('a[href], link[href], script[src]')]
      .map((element) => ('src' in element && element.src) || (element as HTMLAnchorElement).href)
      .filter((url) => url.startsWith(location.origin)),
  );
  expect(urls.length).toBeGreaterThan(3);
  for (const url of new Set(urls)) {
    expect(new URL(url).pathname.startsWith('/sub/'), url).toBe(true);
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
  }

  // Client-side navigation and the search index respect the base path too.
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/sub\//);
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('a');
  await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible();
  expect(failed).toEqual([]);
});
