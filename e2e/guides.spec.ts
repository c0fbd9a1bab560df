import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './console-page';
import { SUBPATH_PORT } from './servers';

const SUB = `http://127.0.0.1:${SUBPATH_PORT}/sub/`;

function siteNav(page: Page) {
  return page.getByRole('navigation', { name: 'Site' });
}

/** Bodies of the scripts a page loads, to tell whether mermaid's library came with them. */
function collectScripts(page: Page): Promise<string>[] {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
  });
  return bodies;
}

test('docs/index.mdx is /docs/, marked current in the navigation, with the first guide as next', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/docs/');
  await expect(page.getByRole('heading', { level: 1, name: 'Bookshelf documentation' })).toBeVisible();
  await expect(siteNav(page).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toHaveCount(0);
  const pager = page.getByRole('navigation', { name: 'Previous and next' });
  await expect(pager.getByRole('link')).toHaveCount(1);
  await pager.getByRole('link', { name: /Next\s*Getting started/ }).click();
  await expect(page).toHaveURL(/\/docs\/getting-started\/$/);
  expect(errors).toEqual([]);
});

test('the navigation tree follows _meta.json and opens the folder of the current page', async ({ page }) => {
  await page.goto('/docs/errors/');
  const nav = siteNav(page);
  const folder = nav.locator('details.nav-folder');
  // Order, separator and external link come from content/docs/_meta.json.
  await expect(nav.locator('h2:has-text("Guides") + ul > li')).toHaveText(['Overview', 'Getting started', 'Authentication', 'Pagination and filters', 'Errors', 'Going further', /^Guides/, /OpenAPI specification/]);
  await expect(folder).not.toHaveAttribute('open');
  await expect(nav.getByRole('link', { name: 'Webhooks' })).toBeHidden();

  await page.goto('/docs/guides/webhooks/');
  await expect(folder).toHaveAttribute('open');
  await expect(nav.getByRole('link', { name: 'Webhooks' })).toHaveAttribute('aria-current', 'page');
  // A folder folds and unfolds without JavaScript of ours: it is a <details>.
  await nav.locator('details.nav-folder > summary').click({ position: { x: 4, y: 8 } });
  await expect(nav.getByRole('link', { name: 'Webhooks' })).toBeHidden();
});

test('previous/next and breadcrumbs walk the tree', async ({ page }) => {
  await page.goto('/docs/errors/');
  const pager = page.getByRole('navigation', { name: 'Previous and next' });
  await expect(pager.getByRole('link', { name: /Previous\s*Pagination and filters/ })).toBeVisible();
  await pager.getByRole('link', { name: /Next\s*Guides/ }).click();
  await expect(page).toHaveURL(/\/docs\/guides\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Going further' })).toBeVisible();
  await pager.getByRole('link', { name: /Next\s*Webhooks/ }).click();
  await expect(page).toHaveURL(/\/docs\/guides\/webhooks\/$/);

  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('listitem')).toHaveText(['Docs', 'Guides', 'Webhooks']);
  await crumbs.getByRole('link', { name: 'Guides' }).click();
  await expect(page).toHaveURL(/\/docs\/guides\/$/);
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Docs' }).click();
  await expect(page).toHaveURL(/\/docs\/$/);
});

test('an operation: link lands on the operation page', async ({ page }) => {
  await page.goto('/docs/pagination/');
  await page.getByRole('main').getByRole('link', { name: 'List authors' }).click();
  await expect(page).toHaveURL(/\/reference\/bookshelf\/list-authors\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'List authors' })).toBeVisible();
});

test('a guide image is served with its width and height, and the diagram renders as SVG in both themes', async ({ page }) => {
  const errors = collectPageErrors(page);
  const scripts = collectScripts(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/docs/guides/webhooks/');
  const image = page.getByRole('img', { name: /The delivery flow/ });
  await expect(image).toHaveAttribute('width', '640');
  await expect(image).toHaveAttribute('height', '160');
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(640);

  const diagram = page.locator('figure.mermaid-diagram');
  await expect(diagram.locator('.mermaid-svg[data-mermaid-theme="default"] svg')).toBeVisible();
  await expect(diagram.locator('svg')).toContainText('Your endpoint');
  await expect(diagram.locator('pre')).toHaveCount(0);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(diagram.locator('.mermaid-svg[data-mermaid-theme="dark"] svg')).toBeVisible();
  expect((await Promise.all(scripts)).some((body) => body.includes('sequenceDiagram'))).toBe(true);
  expect(errors).toEqual([]);
});

test('pages without a diagram load no mermaid code, and show the source without JavaScript', async ({ page, browser }) => {
  const scripts = collectScripts(page);
  await page.goto('/docs/errors/');
  await expect(page.getByRole('heading', { level: 1, name: 'Errors' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(0);
  expect(bodies.some((body) => body.includes('sequenceDiagram'))).toBe(false);

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(page.url().replace('/docs/errors/', '/docs/guides/webhooks/'));
  await expect(plain.locator('figure.mermaid-diagram pre')).toContainText('sequenceDiagram');
  await noScript.close();
});

test('under BASE_PATH: the stable operation link, a public/ image and "Edit this page"', async ({ page }) => {
  await page.goto(`${SUB}docs/fixture-guide/`);
  const badge = page.getByRole('img', { name: 'Fixture badge' });
  await expect(badge).toHaveAttribute('src', '/sub/content-assets/public/fixture-badge.svg');
  await expect(badge).toHaveAttribute('width', '120');
  await expect.poll(() => badge.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(120);
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', 'https://github.com/example/portico/edit/main/e2e/fixtures/content/docs/fixture-guide.mdx');
  await expect(page.locator('.guide-footer time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
  await page.getByRole('main').getByRole('link', { name: 'List books' }).click();
  await expect(page).toHaveURL(`${SUB}reference/bookshelf/list-books/`);
  await expect(page.getByRole('heading', { level: 1, name: 'List books' })).toBeVisible();
});

test('on a wide screen the navigation shows guides and APIs together, without the phone switch', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/docs/pagination/');
  await expect(siteNav(page).getByRole('radio', { name: 'Guides' })).toBeHidden();
  await expect(siteNav(page).getByRole('link', { name: 'Pagination' })).toBeVisible();
  await expect(siteNav(page).getByRole('link', { name: 'Bookshelf API' })).toBeVisible();
});

test.describe('phone layout', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('one switch at the top of the opened navigation shows the guides or the API reference', async ({ page }, testInfo) => {
    const errors = collectPageErrors(page);
    const nav = siteNav(page);
    const guidesSide = nav.getByRole('link', { name: 'Pagination' });
    const apiSide = nav.getByRole('link', { name: 'Bookshelf API' });
    await page.goto('/docs/pagination/');
    await page.getByRole('button', { name: 'Menu' }).click();
    const guides = nav.getByRole('radio', { name: 'Guides' });
    const api = nav.getByRole('radio', { name: 'API reference' });
    // The radios are visually hidden inside their labels, which are what a reader taps.
    const pick = (name: string) => nav.locator('.nav-switch label', { hasText: name }).click();
    await expect(guides).toBeChecked();
    await expect(guidesSide).toBeVisible();
    await expect(apiSide).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath('phone-nav-guides-light.png') });

    await pick('API reference');
    await expect(guidesSide).toBeHidden();
    await expect(apiSide).toBeVisible();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('phone-nav-api-dark.png') });
    // Keyboard: the two are one radio group, arrow keys move between them.
    await api.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(guides).toBeChecked();
    await expect(guidesSide).toBeVisible();

    // An API page opens the navigation on the API side.
    await pick('API reference');
    await apiSide.click();
    await expect(page).toHaveURL(/\/reference\/bookshelf\/$/);
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(api).toBeChecked();
    await expect(nav.getByRole('link', { name: 'List books' })).toBeVisible();
    await expect(guidesSide).toBeHidden();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: testInfo.outputPath('phone-nav-api-light.png') });
    await pick('Guides');
    await guidesSide.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pagination and filters' })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
});
