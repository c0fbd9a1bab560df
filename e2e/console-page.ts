import { expect, type Page } from '@playwright/test';
import { DEMO_API_PORT } from './servers';

/** Where the Bookshelf operation pages live; the console is the "Try it" section of each. */
export const OPERATIONS = process.env.TRYIT_ROUTE ?? '/reference/bookshelf';
export const DEMO_API = `http://127.0.0.1:${DEMO_API_PORT}`;

/** Uncaught page errors, gathered from now on: tests end by expecting none. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Opens an operation page and brings its console into view (it loads near the viewport). */
export async function openConsole(page: Page, slug: string) {
  await page.goto(`${OPERATIONS}/${slug}/`);
  const section = page.locator('#try-it');
  await expect(section.getByRole('heading', { name: 'Try it' })).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  return section;
}

export function responseRegion(page: Page) {
  return page.getByRole('region', { name: 'Response', exact: true });
}

export async function send(page: Page) {
  await page.locator('#try-it').getByRole('button', { name: 'Send', exact: true }).click();
}
