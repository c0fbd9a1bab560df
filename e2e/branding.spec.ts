import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './console-page';
import { SUBPATH_PORT } from './servers';

const SUB = `http://127.0.0.1:${SUBPATH_PORT}/sub`;

/** Whether an <img> has loaded a real image (not a broken link). */
const imageLoaded = (page: Page, selector: string) =>
  page.locator(selector).evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0);

test('the header shows the configured logo per theme, named by the title, and the accent colour', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const home = page.getByRole('banner').getByRole('link', { name: 'Bookshelf Developer Portal' });
  await expect(home).toBeVisible();
  await expect(home.locator('img.site-logo-light')).toBeVisible();
  await expect(home.locator('img.site-logo-dark')).toBeHidden();
  expect(await imageLoaded(page, 'img.site-logo-light')).toBe(true);
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  expect(accent).toBe('#0f766e');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/brand/favicon.svg');

  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(home.locator('img.site-logo-dark')).toBeVisible();
  await expect(home.locator('img.site-logo-light')).toBeHidden();
  expect(await imageLoaded(page, 'img.site-logo-dark')).toBe(true);
  // The dark theme lightens the brand colour so links stay readable on the dark page.
  const darkAccent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
  expect(darkAccent).not.toBe('#0f766e');
  expect(errors).toEqual([]);
});

test('under BASE_PATH the logo and the favicon load from the sub-path', async ({ page }) => {
  await page.goto(`${SUB}/`);
  const logo = page.getByRole('banner').getByRole('link', { name: 'Portico fixture portal' }).locator('img');
  await expect(logo).toHaveAttribute('src', '/sub/brand/logo.svg');
  await expect(logo).toBeVisible();
  expect(await imageLoaded(page, 'img.site-logo')).toBe(true);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/sub/icon.svg');
});

test('self-hosted fonts from the content folder load under BASE_PATH, for text and for code', async ({ page }) => {
  const fontRequests: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(new URL(request.url()).pathname);
  });
  await page.goto(`${SUB}/reference/bookshelf/list-books/`);
  await expect(page.locator('link[rel="preload"][as="font"]')).toHaveAttribute('href', '/sub/brand/fonts-text-0.woff2');
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    const loaded = [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family} ${face.weight}`);
    return { loaded, body: getComputedStyle(document.body).fontFamily, code: getComputedStyle(document.querySelector('code')!).fontFamily };
  });
  expect(fonts.body).toMatch(/^"Portal Text", system-ui/);
  expect(fonts.code).toMatch(/^"Portal Code", ui-monospace/);
  expect(fonts.loaded).toEqual(expect.arrayContaining(['Portal Text 400', 'Portal Text 700', 'Portal Code normal']));
  expect(fontRequests).toEqual(expect.arrayContaining(['/sub/brand/fonts-text-0.woff2', '/sub/brand/fonts-text-1.woff2', '/sub/brand/fonts-code-0.woff2']));
});

test('the home page has a quick start with the first request as copyable curl', async ({ page }) => {
  await page.goto('/');
  const quickStart = page.getByRole('region', { name: 'Quick start' });
  await expect(quickStart.getByRole('heading', { level: 3, name: 'Get your credentials' })).toBeVisible();
  await expect(quickStart.getByText('an API key in the X-API-Key header or a bearer token')).toBeVisible();
  await expect(quickStart.locator('.code-block')).toContainText(/curl --request GET[\s\\]+--url 'http:\/\/127\.0\.0\.1:4010\/books'/);
  await expect(quickStart.getByRole('button', { name: 'Copy the first request' })).toBeVisible();
  await quickStart.getByRole('link', { name: /Open the console/ }).click();
  await expect(page).toHaveURL(/\/reference\/bookshelf\/list-books\/#try-it$/);
  await page.goBack();
  await expect(page.getByRole('link', { name: /Bookshelf API.*21 operations · 2 webhooks · 33 schemas/ })).toBeVisible();
});

test('focus mode hides the sidebar and the table of contents of an operation page, without script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto('/reference/bookshelf/list-books/');
  const sidebar = page.getByRole('navigation', { name: 'Site' });
  await expect(sidebar).toBeVisible();
  const before = await page.locator('main').evaluate((main) => main.getBoundingClientRect().width);
  const focus = page.getByRole('checkbox', { name: 'Focus mode' });
  await focus.check();
  await expect(sidebar).toBeHidden();
  const width = await page.locator('main').evaluate((main) => main.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(before + 200);
  await focus.uncheck();
  await expect(sidebar).toBeVisible();
  await context.close();
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('code-sample tabs past the panel edge scroll into reach and can be chosen', async ({ page }) => {
    await page.goto('/reference/bookshelf/list-books/');
    const tabs = page.getByRole('tablist', { name: 'Code samples' });
    const overflow = await tabs.evaluate((list) => list.scrollWidth - list.clientWidth);
    expect(overflow).toBeGreaterThan(0);
    const last = tabs.getByRole('tab').last();
    await last.click();
    await expect(last).toHaveAttribute('aria-selected', 'true');
    const [row, tab] = [await tabs.boundingBox(), await last.boundingBox()];
    expect(tab!.x + tab!.width).toBeLessThanOrEqual(row!.x + row!.width + 1);
    // The choice is remembered: on the next page the row is scrolled so the chosen tab shows.
    await page.goto('/reference/bookshelf/get-book/');
    const again = page.getByRole('tablist', { name: 'Code samples' });
    const chosen = again.getByRole('tab', { selected: true });
    const [row2, tab2] = [await again.boundingBox(), await chosen.boundingBox()];
    expect(tab2!.x + tab2!.width).toBeLessThanOrEqual(row2!.x + row2!.width + 1);
  });
});

test('screenshots of home, an operation page and the explorer, light, dark and phone', async ({ page }, testInfo) => {
  // Twelve pages, four of them Swagger UI, on a shared 2-core machine.
  test.setTimeout(300_000);
  const shots: [string, string][] = [
    ['home', '/'],
    ['operation', '/reference/bookshelf/create-book/'],
    ['explorer', '/reference/bookshelf/explorer/'],
  ];
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      for (const [name, url] of shots) {
        await page.goto(url);
        if (name === 'explorer') {
          const first = page.locator('.swagger-ui .opblock').first();
          await expect(first).toBeVisible({ timeout: 45_000 });
          await first.locator('.opblock-summary').click();
          await expect(first.locator('.opblock-section-header').first()).toBeVisible();
        }
        await page.screenshot({ path: testInfo.outputPath(`${name}-${theme}-${viewport.width}.png`) });
      }
    }
  }
  // A reviewer reads them from the test results (test-results/), one per page, theme and width.
  const files = fs.readdirSync(testInfo.outputPath()).filter((file) => file.endsWith('.png'));
  expect(files).toHaveLength(12);
});
