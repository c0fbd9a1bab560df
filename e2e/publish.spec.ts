import { expect, test, type APIRequestContext } from '@playwright/test';
import { SUBPATH_PORT } from './servers';

const SUB = `http://127.0.0.1:${SUBPATH_PORT}`;

/** The URL answers with a 1200x630 PNG (size from the IHDR chunk). */
async function expectPng(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
}

test('llms.txt lists guides and operations, and every link it has answers', async ({ request }) => {
  const response = await request.get('/llms.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^# Bookshelf Developer Portal\n\n> /);
  expect(text).toContain('- [List books](/reference/bookshelf/list-books.md): Returns the books on the shelf');
  expect(text).toContain('## Guides');
  const links = [...text.matchAll(/\]\((\/[^)]+)\)/g)].map((match) => match[1]);
  expect(links.length).toBeGreaterThan(20);
  for (const link of links) expect((await request.get(link)).status(), link).toBe(200);
  expect((await request.get('/llms-full.txt')).status()).toBe(200);
});

test('an operation has a Markdown twin at its URL + .md', async ({ request }) => {
  const text = await (await request.get('/reference/bookshelf/list-books.md')).text();
  expect(text).toMatch(/^# List books\n\n`GET \/books`/);
  expect(text).toContain('## Parameters');
  expect(text).toContain('## Responses');
  expect(text).toMatch(/```bash\ncurl --request GET/);
  const guide = await (await request.get('/docs/getting-started.md')).text();
  expect(guide).toMatch(/^# Getting started\n/);
  expect(guide).not.toMatch(/^---$/m);
});

test('"Copy page as Markdown" puts the twin on the clipboard', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/reference/bookshelf/list-books/');
  await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied the page as Markdown' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await (await request.get('/reference/bookshelf/list-books.md')).text());
});

test('pages carry a description, Open Graph and Twitter tags, and the language', async ({ page }) => {
  await page.goto('/reference/bookshelf/list-books/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'Returns the books on the shelf, a page at a time, optionally filtered.');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', 'List books · Bookshelf API');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  // No siteUrl in the default portal: no canonical URL and no sitemap rather than wrong ones.
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});

test('with siteUrl and BASE_PATH: sitemap, robots.txt and canonical URLs are absolute and under /sub', async ({ page, request }) => {
  const robots = await (await request.get(`${SUB}/sub/robots.txt`)).text();
  expect(robots).toContain('Sitemap: https://docs.example.com/sub/sitemap.xml');
  const sitemap = await (await request.get(`${SUB}/sub/sitemap.xml`)).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  expect(locs.length).toBeGreaterThan(100);
  expect(locs).toContain('https://docs.example.com/sub/reference/bookshelf/list-books/');
  // Every listed page exists: fetch a sample spread over the list.
  for (const loc of locs.filter((_, index) => index % Math.ceil(locs.length / 25) === 0)) {
    const local = loc.replace('https://docs.example.com', SUB).replace(/&amp;/g, '&');
    expect((await request.get(local)).status(), loc).toBe(200);
  }

  await page.goto(`${SUB}/sub/reference/bookshelf/list-books/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://docs.example.com/sub/reference/bookshelf/list-books/');
  await expect(page.locator('link[rel="alternate"][type="text/markdown"]')).toHaveAttribute('href', 'https://docs.example.com/sub/reference/bookshelf/list-books.md');
  // No socialImage in the fixture: the card drawn for the page's API, 1200x630, served as PNG.
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', 'https://docs.example.com/sub/social/bookshelf.png');
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', 'https://docs.example.com/sub/social/bookshelf.png');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expectPng(request, `${SUB}/sub/social/bookshelf.png`);
  await page.goto(`${SUB}/sub/docs/`);
  const siteCard = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(siteCard).toBe('https://docs.example.com/sub/social/_site.png');
  await expectPng(request, siteCard!.replace('https://docs.example.com', SUB));
  expect((await request.get(`${SUB}/sub/reference/bookshelf/list-books.md`)).status()).toBe(200);
  const llms = await (await request.get(`${SUB}/sub/llms.txt`)).text();
  expect(llms).toContain('(https://docs.example.com/sub/reference/bookshelf/list-books.md)');
});

test('spec text in meta tags and twins stays text', async ({ page, request }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', (dialog) => pageErrors.push(`dialog: ${dialog.message()}`));
  const llms = await (await request.get(`${SUB}/sub/llms.txt`)).text();
  const xssOperation = /\]\((https:\/\/docs\.example\.com\/sub\/reference\/xss\/[^)]+\.md)\)/.exec(llms)?.[1];
  expect(xssOperation).toBeDefined();
  const pageUrl = xssOperation!.replace('https://docs.example.com', SUB).replace(/\.md$/, '/');
  await page.goto(pageUrl);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The hostile summary and description arrive in the meta tags as text, not as elements.
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
  expect(await page.locator('head img, head iframe, head svg').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(pageErrors).toEqual([]);
});
