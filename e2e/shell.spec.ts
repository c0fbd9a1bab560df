import { expect, test } from '@playwright/test';
import { collectPageErrors } from './console-page';

test('home page shows the portal title, guides and APIs', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Bookshelf Developer Portal' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Getting started/ }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Bookshelf API/ }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a guide opens from the sidebar with its table of contents and highlighted code', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Authentication' }).click();
  await expect(page).toHaveURL(/\/docs\/authentication\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Authentication' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Authentication' })).toHaveAttribute('aria-current', 'page');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link').first()).toBeVisible();
  await expect(page.locator('.code-block .shiki').first()).toBeVisible();
});

test('an unknown page answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bookshelf Developer Portal' })).toBeVisible();
});

test('the theme follows the system and the toggle switches and remembers it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test.describe('phone layout', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the sidebar opens from the menu button and closes after navigating', async ({ page }) => {
    await page.goto('/');
    const sidebar = page.getByRole('navigation', { name: 'Site' });
    await expect(sidebar).toBeHidden();
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(sidebar).toBeVisible();
    await sidebar.getByRole('link', { name: 'Pagination' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pagination' })).toBeVisible();
    await expect(sidebar).toBeHidden();
    // Nothing overflows the phone's width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('a page is readable without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/docs/getting-started/');
  await expect(page.getByRole('heading', { level: 1, name: 'Getting started' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
  await context.close();
});
