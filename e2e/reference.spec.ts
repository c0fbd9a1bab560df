import { expect, test, type Page } from '@playwright/test';
import { SUBPATH_PORT } from './servers';

/** The fixture portal (e2e/fixtures/content) built under /sub: DigitalOcean, Swagger 2.0, hostile and broken specs. */
const SUB = `http://127.0.0.1:${SUBPATH_PORT}/sub`;

function section(page: Page, headingName: string | RegExp) {
  return page.locator('section').filter({ has: page.getByRole('heading', { name: headingName, exact: typeof headingName === 'string' }) });
}

const REQUEST_BODY = /^Request body (required|optional)$/;

test.describe('Bookshelf operation page', () => {
  test('shows the title, method, path, server, parameters and responses', async ({ page }) => {
    await page.goto('/reference/bookshelf/list-books/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('List books');
    const endpoint = page.getByLabel('Endpoint');
    await expect(endpoint).toContainText('GET');
    await expect(endpoint).toContainText('/books');
    await expect(page.getByText('http://127.0.0.1:4010', { exact: true })).toBeVisible();

    await expect(page.getByRole('heading', { name: 'Query parameters' })).toBeVisible();
    const sort = page.locator('#param-query-sort');
    await expect(sort).toContainText('sort');
    await expect(sort).toContainText('string');
    await expect(sort.getByText('"-publishedYear"').first()).toBeVisible();
    await expect(sort).toContainText('Default');
    await expect(page.locator('#param-query-q')).toContainText('1 to 100 characters');
    await expect(page.locator('#param-query-limit a.anchor-link')).toHaveAttribute('href', '#param-query-limit');

    const responses = section(page, 'Responses');
    await expect(responses.getByRole('heading', { name: '200 OK' })).toBeVisible();
    await expect(responses.getByRole('heading', { name: '400 Bad Request' })).toBeVisible();
    await expect(responses.locator('#response-200-header-x-next-cursor')).toContainText('X-Next-Cursor');
    // The table of contents (shown beside both columns on wide screens only).
    // Only query parameters: one section, titled by where they go.
    await expect(page.locator('nav.toc a[href="#parameters"]')).toHaveText('Query parameters');
    await expect(page.locator('nav.toc a[href="#response-200"]')).toHaveText('200');
  });

  test('a link to a folded response opens it, on arrival and on an in-page jump', async ({ page }) => {
    await page.goto('/reference/bookshelf/create-book/#response-400');
    const folded = (status: string) => page.locator('details.response').filter({ has: page.locator(`#response-${status}`) });
    await expect(folded('400')).toHaveAttribute('open', '');
    await expect(folded('400').getByText('application/problem+json').first()).toBeVisible();
    await expect(folded('401')).not.toHaveAttribute('open', '');
    await page.evaluate(() => (location.hash = '#response-401'));
    await expect(folded('401')).toHaveAttribute('open', '');
  });

  test('shows the request body with a oneOf and its discriminator, security and links', async ({ page }) => {
    await page.goto('/reference/bookshelf/create-book/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a book');
    const auth = section(page, 'Authorization');
    await expect(auth.getByRole('link', { name: 'ApiKeyAuth' })).toHaveAttribute('href', /\/reference\/bookshelf\/#auth-api-key-auth$/);

    const body = section(page, REQUEST_BODY);
    await expect(body.getByText('application/json').first()).toBeVisible();
    // `format` is a component (BookFormat): one line, its tree loaded from the schema's page when opened.
    const format = body.locator('#request-body-application-json-format');
    const bookFormat = format.locator('details.schema-ref').filter({ has: page.locator('summary', { hasText: 'Fields of BookFormat' }) });
    await expect(bookFormat.locator('.schema-ref-body a', { hasText: 'BookFormat' })).toHaveAttribute('href', /\/reference\/bookshelf\/schemas\/BookFormat\/$/);
    await bookFormat.locator('summary').first().click();
    await expect(format.getByText('selected by')).toBeVisible();
    const print = format.locator('details.schema-variant').filter({ hasText: 'PrintFormat' });
    await expect(print.locator('summary').first()).toContainText('type = "print"');
    await expect(print.getByText('binding')).toBeVisible();
    const audio = format.locator('details.schema-variant').filter({ hasText: 'AudiobookFormat' });
    await audio.locator('summary').first().click();
    await expect(audio.getByText('narrator')).toBeVisible();

    const created = page.locator('.response').filter({ has: page.getByRole('heading', { name: '201 Created' }) });
    await expect(created.locator('.response-links > li > a', { hasText: 'Get a book' })).toHaveAttribute('href', /\/reference\/bookshelf\/get-book\/$/);
  });

  test('shows a recursive schema as a link back instead of an endless tree', async ({ page }) => {
    await page.goto('/reference/bookshelf/list-genres/');
    const data = page.locator('#response-200-application-json-data');
    await data.locator('details.schema-ref > summary', { hasText: 'GenreNode' }).click();
    const subgenres = data.locator('li.schema-prop').filter({ has: page.locator('code.prop-name', { hasText: 'subgenres' }) });
    await expect(subgenres).toContainText('Recursive: refers back to GenreNode');
    await expect(subgenres.getByRole('link', { name: 'GenreNode' })).toHaveAttribute('href', /\/reference\/bookshelf\/schemas\/GenreNode\/$/);
  });

  test('remembers the code sample language across pages, and copies code', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/reference/bookshelf/list-books/');
    const samples = page.getByRole('tablist', { name: 'Code samples' });
    await expect(samples.getByRole('tab', { name: 'cURL' })).toHaveAttribute('aria-selected', 'true');
    await samples.getByRole('tab', { name: 'Python' }).click();
    await expect(samples.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
    const copy = page.getByRole('button', { name: 'Copy Python sample' });
    await expect(copy).toBeVisible();
    await copy.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('import requests');

    await page.goto('/reference/bookshelf/get-book/');
    const next = page.getByRole('tablist', { name: 'Code samples' });
    await expect(next.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel').filter({ hasText: 'import requests' })).toBeVisible();
    await expect(page.getByRole('tabpanel').filter({ hasText: 'curl --request' })).toBeHidden();
  });

  test('is readable without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/reference/bookshelf/list-books/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('List books');
    await expect(page.getByRole('heading', { name: 'Query parameters' })).toBeVisible();
    await expect(page.locator('#param-query-genre')).toContainText('genre');
    await expect(page.getByRole('heading', { name: 'Responses' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '200 OK' })).toBeVisible();
    // Every code sample shows, one after another, each with its language.
    await expect(page.getByText('curl --request GET').first()).toBeVisible();
    await expect(page.getByText('import requests').first()).toBeVisible();
    // What needs JavaScript is not offered: the console says so instead of a dead button.
    await expect(page.getByRole('button', { name: 'Open the console' })).toBeHidden();
    await expect(page.getByText('The console needs JavaScript.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
    await context.close();
  });
});

test.describe('Bookshelf reference pages', () => {
  test('the sidebar groups by x-tagGroups, marks the page, and opens its tag', async ({ page }) => {
    await page.goto('/reference/bookshelf/create-book/');
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expect(nav.getByRole('heading', { name: 'Catalogue' })).toBeVisible();
    await expect(nav.getByRole('heading', { name: 'Your account' })).toBeVisible();
    const current = nav.locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toContainText('Add a book');
    await expect(current).toContainText('POST');
    const books = nav.locator('details').filter({ has: page.locator('summary', { hasText: 'Books' }) }).first();
    await expect(books).toHaveAttribute('open', '');
    const authors = nav.locator('details').filter({ has: page.locator('summary', { hasText: 'Authors' }) });
    await expect(authors).not.toHaveAttribute('open', '');
    await authors.locator('summary').click();
    await authors.getByRole('link', { name: /Add an author/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add an author');
  });

  test('on the overview only its "Overview" link is marked current', async ({ page }) => {
    await page.goto('/reference/bookshelf/');
    const current = page.getByRole('navigation', { name: 'Site' }).locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveText('Overview');
  });

  test('a webhook page names its event, and a lone parameter group is one section', async ({ page }) => {
    await page.goto('/reference/bookshelf/webhooks/book-created/');
    await expect(page.getByLabel('Event')).toHaveText('EventbookCreated');
    await expect(page.getByRole('heading', { level: 2, name: 'Header parameters' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Parameters', exact: true })).toHaveCount(0);
  });

  test('a webhook page shows its payload', async ({ page }) => {
    await page.goto('/reference/bookshelf/webhooks/book-created/');
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    await expect(page.getByText('Webhook', { exact: true })).toBeVisible();
    await expect(page.getByText('The API sends this event as a POST request')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Payload required' }).or(page.getByRole('heading', { name: /^Payload/ })).first()).toBeVisible();
  });

  test('a schema page shows the merged schema with read-only fields', async ({ page }) => {
    await page.goto('/reference/bookshelf/schemas/Book/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Book');
    const id = page.locator('#schema-id');
    await expect(id).toContainText('read-only');
    await expect(id).toContainText('required');
    await expect(page.locator('#schema-subtitle')).toContainText('nullable');
    await page.goto('/reference/bookshelf/schemas/GenreNode/');
    await expect(page.locator('#schema-subgenres')).toContainText('Recursive: refers back to GenreNode');
  });

  test('the overview shows servers, authentication, operations by tag and downloads', async ({ page, request }) => {
    await page.goto('/reference/bookshelf/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bookshelf API');
    await expect(page.getByText('v1.4.0')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Servers' })).toBeVisible();
    await expect(page.locator('#servers ~ ul.servers')).toContainText('https://api.bookshelf.example/{version}');
    await expect(page.locator('h3#auth-api-key-auth')).toHaveText(/ApiKeyAuth/);
    await expect(page.locator('h3#tag-books')).toHaveText(/Books/);
    await expect(page.locator('details.tag-section').filter({ has: page.locator('h3#tag-books') }).getByRole('link', { name: /List books/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Webhooks' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'GenreNode' }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open in the API explorer' })).toBeVisible();

    const json = await request.get('/reference/bookshelf/openapi.json');
    expect(json.ok()).toBe(true);
    expect((await json.json()).openapi).toBe('3.1.0');
    const yaml = await request.get('/reference/bookshelf/openapi.yaml');
    expect(await yaml.text()).toMatch(/^openapi: 3\.1\.0/);
    const navFile = await request.get('/reference/bookshelf/nav/tag-authors.json');
    expect((await navFile.json()).items[0]).toMatchObject({ href: '/reference/bookshelf/list-authors/', method: 'get' });
  });

  test('the explorer loads Swagger UI from the spec file and sends a request with "Try it out"', async ({ page }) => {
    test.slow();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto('/reference/bookshelf/explorer/');
    const listBooks = page.locator('.swagger-ui .opblock').filter({ has: page.locator('.opblock-summary-path', { hasText: /^\/books$/ }) }).filter({ has: page.locator('.opblock-summary-method', { hasText: 'GET' }) });
    await expect(listBooks).toBeVisible({ timeout: 45_000 });
    await listBooks.locator('.opblock-summary').click();
    await listBooks.getByRole('button', { name: 'Try it out' }).click();
    await listBooks.getByRole('button', { name: 'Execute' }).click();
    // The live answer from the demo API, not a documented example.
    const live = listBooks.locator('.live-responses-table tbody tr.response');
    await expect(live.locator('.response-col_status')).toHaveText('200', { timeout: 45_000 });
    await expect(live.locator('.response-col_description')).toContainText('x-ratelimit-remaining');
    expect(errors).toEqual([]);
  });
});

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
  test('a deep-linked operation page renders, with x-tagGroups and a lazily loaded sidebar', async ({ page }) => {
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
    await expect(billing.getByRole('link', { name: /Get Customer Balance/ })).toHaveAttribute('href', /^\/sub\/reference\/digitalocean\/.+\/$/);
  });

  test('a long current section shows the links around the page, and all of them on request', async ({ page }) => {
    await page.goto(`${SUB}/reference/digitalocean/databases-delete-connection-pool/`);
    const nav = page.getByRole('navigation', { name: 'Site' });
    const databases = nav.locator('details.nav-section[open]').filter({ has: page.locator('.nav-section-title', { hasText: /^Databases$/ }) });
    await expect(databases.getByRole('link', { name: /Delete a Connection Pool \(PostgreSQL\)/ })).toHaveAttribute('aria-current', 'page');
    await expect(databases.locator('li')).toHaveCount(50);
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
    await expect(problem).toContainText('unresolved-ref');
    await expect(problem).toContainText('broken.yaml:14');
    await expect(problem).toContainText('/paths/~1things/get/responses/200/content/application~1json/schema');
    await expect(problem).toContainText('Hint:');
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
          scripts: [...document.scripts].filter((s) => /__xss/.test(s.textContent ?? '') && !/self\.__next_f/.test(s.textContent ?? '')).length,
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
