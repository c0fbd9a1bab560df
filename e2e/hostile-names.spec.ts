import { expect, test } from '@playwright/test';
import { SUB } from './servers';


test('schemas whose names are no URL each get a page, linked from the operation', async ({ page }) => {
  await page.goto(`${SUB}/reference/xss/list-names/`);
  const body = page.locator('.op-main');
  const expected: [string, string][] = [
    ['..', 'schema'],
    ['.', 'schema-2'],
    ['a/b', 'a-b'],
    ['Book', 'Book'],
    ['book', 'book-2'],
  ];
  for (const [name, slug] of expected) {
    await expect(body.getByRole('link', { name, exact: true }).first()).toHaveAttribute('href', `/sub/reference/xss/schemas/${slug}/`);
  }

  // Following the link to the schema named ".." lands on its page, not on the folder above.
  await body.getByRole('link', { name: '..', exact: true }).first().click();
  await expect(page).toHaveURL(`${SUB}/reference/xss/schemas/schema/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('..');
  await expect(page.locator('main')).toContainText('A schema named "..".');

  // `Book` and `book` are two pages even where the file system ignores case.
  await page.goto(`${SUB}/reference/xss/schemas/book-2/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('book');
  await page.goto(`${SUB}/reference/xss/schemas/Book/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Book');
  await page.goto(`${SUB}/reference/xss/schemas/2e-2e/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('%2e%2e');
});
