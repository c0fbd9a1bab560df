import { expect, test, type Page } from '@playwright/test';
import { SUBPATH_PORT } from './servers';

// Search (components/search, lib/search): the shortcuts, each kind of result, the keyboard, and
// landing on the right page and anchor, at the root and under BASE_PATH.
const SUB = `http://127.0.0.1:${SUBPATH_PORT}/sub`;

function watchErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

async function openSearch(page: Page, shortcut = 'Control+k') {
  // The shortcuts listen once the page has hydrated, which on a loaded machine can be after `load`;
  // pressing again is harmless (it only opens).
  await page.waitForLoadState('load');
  const dialog = page.getByRole('dialog', { name: 'Search the documentation' });
  await expect(async () => {
    await page.keyboard.press(shortcut);
    await expect(dialog).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  return { dialog, box: dialog.getByRole('searchbox', { name: 'Search', exact: true }) };
}

/** The result the search box points at (`aria-activedescendant`). */
async function activeResult(page: Page) {
  const id = await page.getByRole('searchbox', { name: 'Search', exact: true }).getAttribute('aria-activedescendant');
  return page.locator(`[id="${id}"]`);
}

test('Ctrl+K, Cmd+K and "/" open the dialog; Esc closes it; the index loads only then', async ({ page }) => {
  const searchFiles: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/search/')) searchFiles.push(new URL(request.url()).pathname);
  });
  await page.goto('/docs/getting-started/');
  await page.waitForLoadState('networkidle');
  expect(searchFiles).toEqual([]);
  for (const shortcut of ['Control+k', 'Meta+k', '/']) {
    const { dialog, box } = await openSearch(page, shortcut);
    await expect(box).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  expect(searchFiles).toContain('/search/manifest.json');
});

test('a concrete path finds its template; arrows move, Enter opens the page', async ({ page }) => {
  const problems = watchErrors(page);
  await page.goto('/');
  const { dialog, box } = await openSearch(page);
  await box.fill('/books/42/reviews');
  const results = dialog.getByRole('link');
  await expect(results.first()).toContainText('/books/{bookId}/reviews');
  await expect(results.nth(1)).toContainText('/books/{bookId}/reviews');
  await expect(await activeResult(page)).toHaveAttribute('data-result', '0');
  await page.keyboard.press('ArrowDown');
  await expect(await activeResult(page)).toHaveAttribute('data-result', '1');
  const target = (await (await activeResult(page)).getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target.replace(/[{}]/g, '\\$&')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/review/i);
  expect(problems).toEqual([]);
});

test('a method and a path, an operationId and a typo each put the operation first', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  for (const [query, title] of [
    ['POST /books', 'Add a book'],
    ['listBooks', 'List books'],
    ['lsit books', 'List books'],
  ]) {
    const { dialog, box } = await openSearch(page);
    await box.fill(query);
    await expect(dialog.getByRole('link').first()).toContainText(title);
    await expect(dialog.getByRole('link').first()).toContainText('Bookshelf API · Operation');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
  const { dialog, box } = await openSearch(page);
  await box.fill('POST /books');
  // Enter opens the first result: wait until this query's results are in (the worker answers after a keystroke).
  await expect(dialog.getByRole('link').first()).toContainText('Add a book');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/reference\/bookshelf\/create-book\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a book');
});

test('a property lands on its row in the schema page', async ({ page }) => {
  await page.goto('/');
  const { dialog, box } = await openSearch(page);
  await box.fill('nextCursor');
  const property = dialog.getByRole('link', { name: /nextCursor.*Property in BookPage/ });
  await expect(property).toBeVisible();
  await property.click();
  await expect(page).toHaveURL(/\/reference\/bookshelf\/schemas\/BookPage\/#schema-nextcursor$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('BookPage');
  await expect(page.locator('#schema-nextcursor')).toBeInViewport();
});

test('a nested property path lands on its row in the page that shows it', async ({ page }) => {
  await page.goto('/');
  const { dialog, box } = await openSearch(page);
  await box.fill('price.currency');
  const property = dialog.getByRole('link').first();
  await expect(property).toContainText(/price\.currency.*Property in Price/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/reference\/bookshelf\/schemas\/Price\/#schema-currency$/);
  await expect(page.locator('#schema-currency')).toBeInViewport();
});

for (const withWorker of [true, false]) {
  test(`search runs ${withWorker ? 'in a worker' : 'on the page where workers are unavailable'}`, async ({ page }) => {
    const problems = watchErrors(page);
    if (!withWorker) await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
    await page.goto('/');
    const { dialog, box } = await openSearch(page);
    await box.fill('listBooks');
    await expect(dialog.getByRole('link').first()).toContainText('List books');
    expect(page.workers().some((worker) => worker.url().includes('/_portico/search-worker-'))).toBe(withWorker);
    expect(problems).toEqual([]);
  });
}

test('a guide heading lands on its section; recent searches come back', async ({ page }) => {
  await page.goto('/');
  const { dialog, box } = await openSearch(page);
  await box.fill('page schema');
  await expect(dialog.getByRole('link').first()).toContainText('Guides · Section in Pagination and filters');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docs\/pagination\/#the-page-schema$/);
  await expect(page.locator('#the-page-schema')).toBeInViewport();
  const reopened = await openSearch(page);
  await expect(reopened.dialog.getByRole('button', { name: 'page schema' })).toBeVisible();
});

test('the scope filter and the empty state', async ({ page }) => {
  await page.goto('/');
  const { dialog, box } = await openSearch(page);
  await dialog.getByRole('combobox', { name: 'Search in' }).selectOption({ label: 'Guides' });
  await box.fill('book');
  await expect(dialog.getByRole('link').first()).toBeVisible();
  for (const meta of await dialog.locator('.search-result-meta').allInnerTexts()) expect(meta).toMatch(/^Guides/);
  await box.fill('zzqqxx');
  await expect(dialog.getByRole('status')).toContainText('Nothing in Guides matches “zzqqxx”');
});

test('under BASE_PATH the index and the results stay under the base path', async ({ page }) => {
  const problems = watchErrors(page);
  await page.goto(`${SUB}/`);
  const { dialog, box } = await openSearch(page);
  await box.fill('GET /v2/droplets');
  const first = dialog.getByRole('link').first();
  await expect(first).toContainText('/v2/droplets');
  await expect(first).toHaveAttribute('href', /^\/sub\/reference\/digitalocean\//);
  expect(page.workers().map((worker) => new URL(worker.url()).pathname)).toContainEqual(expect.stringMatching(/^\/sub\/_portico\/search-worker-/));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sub\/reference\/digitalocean\/.+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);
});
