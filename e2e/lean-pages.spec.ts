import { expect, test, type Page } from '@playwright/test';
import { SUB } from './servers';

// Reference pages keep their static HTML outside React's payload (lib/static-html/fragments.ts)
// and are reached by plain links. These tests hold what that must not break.


/** Everything that goes wrong on a page: script errors, console errors (hydration), failed or 4xx/5xx requests. */
function watch(page: Page) {
  const problems: string[] = [];
  const requested: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  // An aborted request is a prefetch (speculation rules) that the click's own navigation replaced, not a missing file.
  page.on('requestfailed', (request) => request.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  return { problems, requested };
}

/** Notes whether `selector` was rendered in the first frame that had the page's title; the returned function reads it. */
async function watchTitleFrame(page: Page, selector: string): Promise<() => Promise<boolean>> {
  await page.addInitScript((watched) => {
    const check = () => {
      if (!document.querySelector('main h1')) return requestAnimationFrame(check);
      (window as unknown as { renderedAtTitleFrame: boolean }).renderedAtTitleFrame = document.querySelector(watched)!.checkVisibility();
    };
    requestAnimationFrame(check);
  }, selector);
  return () => page.evaluate(() => (window as unknown as { renderedAtTitleFrame: boolean }).renderedAtTitleFrame);
}

const mainText = (page: Page) => page.locator('main').evaluate((main) => (main as HTMLElement).innerText.replace(/\s+/g, ' ').trim());

test('an operation page reads the same without JavaScript as with it', async ({ browser }) => {
  const path = '/reference/bookshelf/create-book/';
  const withJs = await browser.newPage();
  await withJs.goto(path);
  await expect(withJs.getByRole('tab', { name: 'cURL' })).toBeVisible();
  const noJsContext = await browser.newContext({ javaScriptEnabled: false });
  const withoutJs = await noJsContext.newPage();
  await withoutJs.goto(path);

  for (const page of [withJs, withoutJs]) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a book');
    await expect(page.locator('section[aria-labelledby="request-body"] .schema-view').first()).toContainText('title');
    await expect(page.locator('#response-201')).toContainText('201');
    await expect(page.locator('.code-tabs pre.shiki').first()).toContainText('curl');
  }
  // The static parts are the same text; only the islands (tabs, console) differ.
  const staticText = async (page: Page) => (await page.locator('.op-main').evaluate((el) => (el as HTMLElement).textContent ?? '')).replace(/\s+/g, ' ');
  expect(await staticText(withoutJs)).toBe(await staticText(withJs));
  await noJsContext.close();
});

test('a deep link hydrates without errors and its islands work', async ({ page }) => {
  const { problems, requested } = watch(page);
  await page.goto('/reference/bookshelf/create-book/#response-201');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a book');
  // Code tabs switch and keep the highlighted code that the build put into the page.
  await page.getByRole('tab', { name: 'Python' }).first().click();
  await expect(page.getByRole('tabpanel').filter({ hasText: 'import requests' }).first()).toBeVisible();
  // The theme toggle and search still work.
  const theme = await page.locator('html').getAttribute('data-theme');
  await page.getByRole('button', { name: /theme/i }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', theme ?? '');
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  expect(requested.filter((path) => path.endsWith('.txt'))).toEqual([]);
});

test('a reference page runs no Next chunk and no React payload: a small islands module, React only once search or the console opens', async ({ page }) => {
  const { problems, requested } = watch(page);
  await page.goto('/reference/bookshelf/create-book/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a book');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.includes('/_next/') && path.endsWith('.js'))).toEqual([]);
  expect(await page.evaluate(() => 'TURBOPACK' in globalThis || '__next_f' in self)).toBe(false);
  const scriptBytes = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js'))
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).decodedBodySize, 0),
    );
  // The islands without React: a few kilobytes (React DOM alone is over 150 KB).
  expect(await scriptBytes()).toBeLessThan(40_000);
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('List books');
  await expect(page.getByRole('dialog').getByRole('link', { name: /List books/ }).first()).toBeVisible();
  expect(await scriptBytes()).toBeGreaterThan(150_000);
  await page.keyboard.press('Escape');
  await page.locator('#try-it').scrollIntoViewIfNeeded();
  await expect(page.locator('#try-it').getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  expect(problems).toEqual([]);
});

test('moving between operations by sidebar, in-page link and search lands on the right page and anchor', async ({ page }) => {
  const { problems } = watch(page);
  await page.goto('/reference/bookshelf/list-books/');
  const nav = page.getByRole('navigation', { name: 'Site' });
  await nav.getByRole('link', { name: 'Add a book' }).click();
  await expect(page).toHaveURL(/\/reference\/bookshelf\/create-book\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a book');
  await expect(page.locator('section[aria-labelledby="request-body"] .schema-view').first()).toContainText('authorId');

  // A response link to another operation.
  const created = page.locator('.response', { has: page.locator('#response-201') });
  await created.locator('.response-links').getByRole('link', { name: 'Get a book' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get a book');
  await expect(page.locator('.op-main')).toContainText('bookId');

  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('Delete a book');
  await page.getByRole('dialog').getByRole('link', { name: /Delete a book/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delete a book');
  await expect(page.locator('.code-tabs pre.shiki').first()).toContainText('DELETE');
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

test('under BASE_PATH, the static parts are filled in and links stay under the base path', async ({ page }) => {
  const { problems, requested } = watch(page);
  await page.goto(`${SUB}/reference/digitalocean/droplets-list/`);
  await expect(page.locator('.op-main .schema-view').first()).not.toBeEmpty();
  await expect(page.locator('.code-tabs pre.shiki').first()).toContainText('curl');
  const nav = page.getByRole('navigation', { name: 'Site' });
  const target = nav.getByRole('link', { name: /Create a New Droplet/ });
  await expect(target).toHaveAttribute('href', /^\/sub\/reference\/digitalocean\/.+\/$/);
  await target.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Create a New Droplet/);
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
  expect(requested.filter((path) => path.endsWith('.txt'))).toEqual([]);
});

test('the overview lists every operation as a plain link, without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/reference/bookshelf/');
  const rows = page.locator('.op-list .op-row a');
  expect(await rows.count()).toBeGreaterThan(20);
  await expect(page.locator('.op-list').first().getByRole('link', { name: /List books/ })).toHaveAttribute('href', '/reference/bookshelf/list-books/');
  expect(await mainText(page)).toContain('GET /books'.split(' ')[1]);
  await context.close();
});

test('a large operation keeps its console data out of the page and fetches it when the console opens', async ({ page, request }) => {
  const { problems, requested } = watch(page);
  const dataPath = '/sub/reference/digitalocean/console/apps-create.json';
  const html = await (await request.get(`${SUB}/reference/digitalocean/apps-create/`)).text();
  expect(html).toContain('"dataUrl":"/sub/reference/digitalocean/console/apps-create.json"');
  expect(html).not.toContain('"slice":');

  await page.goto(`${SUB}/reference/digitalocean/apps-create/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(requested).not.toContain(dataPath);
  const tryIt = page.locator('#try-it');
  await tryIt.scrollIntoViewIfNeeded();
  await expect(tryIt.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  expect(requested).toContain(dataPath);
  await tryIt.getByLabel('Server', { exact: true }).selectOption({ label: 'Mock (in this browser)' });
  await tryIt.getByRole('button', { name: 'Send', exact: true }).click();
  const response = page.getByRole('region', { name: 'Response', exact: true });
  await expect(response).toContainText('401 Unauthorized');
  await expect(response).toContainText('Mocked in your browser');
  expect(problems).toEqual([]);
});

test('the sidebar shows just after the first frame, still scrolled to the current page, with and without JavaScript', async ({ browser }) => {
  // A deep link into one of DigitalOcean's last tags: the sidebar must open scrolled down to it.
  const path = `${SUB}/reference/digitalocean/vpcs-list-members/`;
  const withJs = await browser.newPage();
  const { problems } = watch(withJs);
  const sidebarAtTitleFrame = await watchTitleFrame(withJs, '#site-sidebar a');
  await withJs.goto(path);
  const noJsContext = await browser.newContext({ javaScriptEnabled: false });
  const withoutJs = await noJsContext.newPage();
  await withoutJs.goto(path);

  for (const page of [withJs, withoutJs]) {
    const sidebar = page.getByRole('navigation', { name: 'Site' });
    const current = sidebar.locator('a[aria-current="page"]');
    await expect(current).toBeVisible();
    await expect(page.locator('html')).not.toHaveClass(/nav-deferred/);
    expect(await sidebar.evaluate((nav) => nav.scrollTop)).toBeGreaterThan(0);
    const [link, nav] = await Promise.all([current.boundingBox(), sidebar.boundingBox()]);
    expect(link!.y).toBeGreaterThanOrEqual(nav!.y);
    expect(link!.y + link!.height).toBeLessThanOrEqual(nav!.y + nav!.height);
  }
  expect(await sidebarAtTitleFrame()).toBe(false);
  expect(problems).toEqual([]);
  await noJsContext.close();
  await withJs.close();
});

test('the examples column shows a frame after the title, and a link to the console still lands on it', async ({ page }) => {
  const { problems } = watch(page);
  const examplesAtTitleFrame = await watchTitleFrame(page, '.op-aside h2');
  await page.goto(`${SUB}/reference/bookshelf/list-books/#try-it`);
  const examples = page.getByRole('complementary', { name: 'Examples' });
  await expect(examples.getByRole('heading', { name: 'Request', exact: true })).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/nav-deferred/);
  expect(await examplesAtTitleFrame()).toBe(false);
  await expect(page.locator('#try-it')).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
