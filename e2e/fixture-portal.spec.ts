import { expect, test } from '@playwright/test';
import { SUB } from './servers';

// The fixture portal (e2e/fixtures/content) built under /sub: DigitalOcean, Swagger 2.0, two versions of one API, hostile and broken specs.

const REQUEST_BODY = /^Request body (required|optional)$/;

for (const { api, version } of [{ api: 'petstore2', version: '2.0' }, { api: 'digitalocean', version: '3.0' }]) {
  test(`the explorer renders and expands an operation of an OpenAPI ${version} spec`, async ({ page }) => {
    // Swagger UI lays out all of DigitalOcean's 659 operations before the first can be expanded.
    test.slow();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${SUB}/reference/${api}/explorer/`);
    const first = page.locator('.swagger-ui .opblock').first();
    await expect(first).toBeVisible({ timeout: 60_000 });
    await first.locator('.opblock-summary').click();
    await expect(first.getByRole('button', { name: 'Try it out' })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test.describe('DigitalOcean (large spec, under /sub)', () => {
  test('a deep-linked operation page renders, with x-tagGroups and a lazily loaded sidebar whose links lead to their pages', async ({ page }) => {
    // Console errors include React's hydration errors.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${SUB}/reference/digitalocean/droplets-list/#parameters-query`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('List All Droplets');
    await expect(page.getByLabel('Endpoint')).toContainText('/v2/droplets');
    await expect(page.locator('#param-query-per-page')).toContainText('per_page');
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expect(nav.getByRole('heading', { name: 'Public APIs' })).toBeVisible();
    await expect(nav.locator('a[aria-current="page"]')).toContainText('List All Droplets');
    // Other tags are collapsed and fetched on demand.
    const billing = nav.locator('details.nav-section').filter({ has: page.locator('.nav-section-title', { hasText: /^Billing$/ }) });
    // Closed, it holds only a link to the tag on the overview (which works without JavaScript).
    await expect(billing.locator('.nav-more a')).toHaveText(/All \d+ in Billing/);
    await expect(billing.locator('.nav-more a')).toHaveAttribute('href', '/sub/reference/digitalocean/#tag-billing');
    await billing.locator('summary').click();
    const balance = billing.getByRole('link', { name: /Get Customer Balance/ });
    await expect(balance).toHaveAttribute('href', /^\/sub\/reference\/digitalocean\/.+\/$/);
    await expect(balance.locator('.method-badge')).toHaveText('GET');
    await expect(billing.locator('.nav-more')).toHaveCount(0);
    await balance.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get Customer Balance');
    await expect(nav.locator('details.nav-section[open] a[aria-current="page"]')).toContainText('Get Customer Balance');
    expect(errors).toEqual([]);
  });

  test('a lazy section whose links fail to load shows its fallback again, and loads when reopened', async ({ page }) => {
    let fail = true;
    await page.route('**/reference/digitalocean/nav/tag-billing.json', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await page.goto(`${SUB}/reference/digitalocean/droplets-list/`);
    const nav = page.getByRole('navigation', { name: 'Site' });
    const billing = nav.locator('details.nav-section').filter({ has: page.locator('.nav-section-title', { hasText: /^Billing$/ }) });
    const response = page.waitForResponse('**/nav/tag-billing.json');
    await billing.locator('summary').click();
    await response;
    await expect(billing.locator('.nav-more a')).toHaveText(/All \d+ in Billing/);
    await expect(billing.locator('li')).toHaveCount(0);
    fail = false;
    await billing.locator('summary').click();
    await expect(billing).not.toHaveAttribute('open');
    await billing.locator('summary').click();
    await expect(billing.getByRole('link', { name: /Get Customer Balance/ })).toBeVisible();
  });

  test('a long current section shows the links around the page, and all of them on request', async ({ page }) => {
    await page.goto(`${SUB}/reference/digitalocean/databases-delete-connection-pool/`);
    const nav = page.getByRole('navigation', { name: 'Site' });
    const databases = nav.locator('details.nav-section[open]').filter({ has: page.locator('.nav-section-title', { hasText: /^Databases$/ }) });
    await expect(databases.getByRole('link', { name: /Delete a Connection Pool \(PostgreSQL\)/ })).toHaveAttribute('aria-current', 'page');
    await expect(databases.locator('li')).toHaveCount(20);
    await databases.getByRole('button', { name: 'Show all 71' }).click();
    await expect(databases.locator('li')).toHaveCount(71);
    await expect(databases.locator('a[aria-current="page"]')).toHaveCount(1);
  });

  test('the overview shows a description resolved from an external file', async ({ page }) => {
    await page.goto(`${SUB}/reference/digitalocean/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('DigitalOcean API');
    await expect(page.getByText('The DigitalOcean API allows you to manage Droplets')).toBeVisible();
    await expect(page.locator('h3#tag-droplets')).toBeVisible();
  });
});

test.describe('Swagger 2.0 and broken specs (under /sub)', () => {
  test('a Swagger 2.0 operation renders like any other', async ({ page }) => {
    await page.goto(`${SUB}/reference/petstore2/add-pet/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a new pet to the store');
    await expect(page.getByLabel('Endpoint')).toContainText('POST');
    await expect(page.getByLabel('Endpoint')).toContainText('/pet');
    await expect(page.getByText('http://petstore.swagger.io/v2', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: REQUEST_BODY })).toBeVisible();
    await expect(page.locator('#request-body-application-json-name')).toContainText('required');
    await expect(page.getByRole('link', { name: 'petstore_auth' })).toHaveAttribute('href', '/sub/reference/petstore2/#auth-petstore-auth');
  });

  test('a broken spec gets an overview page listing its errors', async ({ page }) => {
    await page.goto(`${SUB}/reference/broken/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Broken spec');
    await expect(page.locator('.content-error[role="alert"]')).toContainText('could not be built');
    const problem = page.locator('.problem-error').first();
    await expect(problem).toContainText('invalid-schema-type');
    await expect(problem).toContainText('broken.yaml:17');
    await expect(problem).toContainText('/paths/~1things/get/responses/200/content/application~1json/schema/type');
    await expect(problem).toContainText('Did you mean "string"?');
  });

  test('a $ref that leads nowhere shows as unresolved, and the rest of the API renders', async ({ page }) => {
    await page.goto(`${SUB}/reference/dangling/list-things/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('List things');
    await expect(page.locator('#response-200')).toBeVisible();
    await expect(page.locator('.op-section').filter({ hasText: 'Responses' })).toContainText('#/components/schemas/Thingz');
    await page.goto(`${SUB}/reference/dangling/`);
    const problem = page.locator('.problem-error').first();
    await expect(problem).toContainText('unresolved-ref');
    await expect(problem).toContainText('dangling-ref.yaml:16');
    await expect(problem).toContainText('pages show it as an unresolved reference');
  });
});

test.describe('Hostile spec (under /sub)', () => {
  const pages = ['/reference/xss/', '/reference/xss/get-item/', '/reference/xss/create-item/', '/reference/xss/sign-in/', '/reference/xss/webhooks/script-hook-script/', '/reference/xss/schemas/Item/'];
  for (const path of pages) {
    test(`nothing from the spec runs on ${path}`, async ({ page }) => {
      const fired: string[] = [];
      page.on('dialog', async (dialog) => {
        fired.push(`dialog: ${dialog.message()}`);
        await dialog.dismiss();
      });
      page.on('pageerror', (error) => fired.push(`pageerror: ${error.message}`));
      const response = await page.goto(`${SUB}${path}`);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      await page.mouse.move(200, 300);
      // Open every <details> so that toggle handlers, if any slipped through, would fire.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await page.waitForTimeout(100);

      expect(fired).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      const found = await page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        return {
          // Data the browser never runs: React's payload, and the console's props (type application/json).
          scripts: [...document.scripts].filter((s) => /__xss/.test(s.textContent ?? '') && !/self\.__next_f/.test(s.textContent ?? '') && s.type !== 'application/json').length,
          handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
          // Attributes a browser follows as URLs (an <option value> is only text).
          jsUrls: all.flatMap((el) =>
            [...el.attributes]
              .filter((a) => /^(href|src|action|formaction|xlink:href|data|poster|background|srcdoc)$/i.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value))
              .map((a) => `${el.tagName} ${a.name}`),
          ),
          frames: document.querySelectorAll('iframe, object, embed').length,
          forms: [...document.querySelectorAll('form')].filter((f) => f.getAttribute('action')).length,
          styled: all.filter((el) => /position\s*:\s*fixed|display\s*:\s*none/i.test(el.getAttribute('style') ?? '')).length,
        };
      });
      expect(found).toEqual({ scripts: 0, handlers: [], jsUrls: [], frames: 0, forms: 0, styled: 0 });
    });
  }

  test('markup in titles and names shows as text', async ({ page }) => {
    await page.goto(`${SUB}/reference/xss/get-item/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get an item <img src=x onerror="window.__xss=1">');
    await expect(page.locator('code.prop-name', { hasText: '<img src=x onerror="window.__xss=1">' })).toBeVisible();
    await page.goto(`${SUB}/reference/xss/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hostile <script>window.__xss=1</script> API');
  });
});

test.describe('API versions (under /sub)', () => {
  test('the switcher keeps the reader on the same operation, else lands on the overview', async ({ page }) => {
    await page.goto(`${SUB}/reference/petstore2/get-pet-by-id/`);
    const switcher = page.locator('details.version-switcher');
    await expect(switcher.locator('summary')).toHaveText('Version v2 (Swagger 2.0)');
    await switcher.locator('summary').click();
    await switcher.getByRole('link', { name: 'v3', exact: true }).click();
    await expect(page).toHaveURL(`${SUB}/reference/petstore3/get-pet-by-id/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find pet by ID');

    // No operationId in v3: matched by method and path.
    await page.goto(`${SUB}/reference/petstore2/find-pets-by-status/`);
    // (Links in the closed switcher are hidden from the accessibility tree, hence plain locators.)
    await expect(page.locator('details.version-switcher a', { hasText: /^v3$/ })).toHaveAttribute('href', '/sub/reference/petstore3/get-pet-findbystatus/');

    // Gone in v3: the link says so and goes to the overview.
    await page.goto(`${SUB}/reference/petstore2/add-pet/`);
    const fallback = page.locator('details.version-switcher a', { hasText: /^v3/ });
    await expect(fallback).toHaveText('v3 (overview: not in this version)');
    await expect(fallback).toHaveAttribute('href', '/sub/reference/petstore3/');
  });

  test('a version group is one entry in the site navigation', async ({ page }) => {
    await page.goto(`${SUB}/reference/bookshelf/`);
    const apis = page.locator('#site-sidebar > ul').last();
    await expect(apis.getByRole('link', { name: 'Swagger Petstore', exact: true })).toHaveAttribute('href', '/sub/reference/petstore3/');
    await expect(apis.getByRole('link', { name: 'Swagger Petstore (2.0)' })).toHaveCount(0);
  });
});
