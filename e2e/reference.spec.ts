import { expect, test, type Page } from '@playwright/test';

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

  test('"Add a book" shows BookFields once: half its old 8,284 px, every response still reachable', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/reference/bookshelf/create-book/');
    // Off-screen blocks (content-visibility: auto) count with a placeholder height until rendered: render all to measure.
    await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(4142);
    // The 201 body (Book) extends BookFields, which the request body already showed: folded there, loaded on demand.
    const created = page.locator('#response-201-application-json');
    await expect(created.locator('#response-201-application-json-id')).toBeVisible();
    await expect(created.locator('#response-201-application-json-title')).toHaveCount(0);
    await created.locator('summary', { hasText: 'Fields of BookFields' }).click();
    await expect(created.locator('.schema-ref-body').getByText('isbn', { exact: true })).toBeVisible();
    for (const status of ['400', '401', '409', '415', '422', '507']) {
      await page.evaluate((hash) => (location.hash = hash), `#response-${status}`);
      await expect(page.locator(`#response-${status}`)).toBeInViewport();
    }
  });

  test('blocks below the first screen skip rendering until the reader scrolls to them', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/reference/bookshelf/create-book/');
    // content-visibility: auto keeps a deep link's first frame to its first screen (issue #10).
    const rendered = (selector: string) => page.locator(selector).evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
    const lastResponse = 'details.response:last-of-type > summary';
    expect(await rendered('h1')).toBe(true);
    expect(await rendered(lastResponse)).toBe(false);
    await page.locator(lastResponse).scrollIntoViewIfNeeded();
    await expect.poll(() => rendered(lastResponse)).toBe(true);
    // Skipped text is still in the page: found by the browser's search and read by screen readers.
    await expect(page.getByRole('heading', { name: /507/ })).toBeAttached();
  });

  test('shows the request body with a oneOf and its discriminator, security and links', async ({ page }) => {
    // Many steps, each loading a schema fragment: 15-25 s on a 2-core machine, more when it is loaded.
    test.setTimeout(60_000);
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
  test('the sidebar groups by x-tagGroups, marks the page, and opens the tags of a small API', async ({ page }) => {
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
    // A small API (21 operations): every tag starts open; the schemas stay folded.
    const authors = nav.locator('details').filter({ has: page.locator('summary', { hasText: 'Authors' }) });
    await expect(authors).toHaveAttribute('open', '');
    await expect(nav.locator('details').filter({ has: page.locator('summary', { hasText: 'Schemas' }) })).not.toHaveAttribute('open', '');
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
    // Webhooks and schemas fold like tags (past 50 entries they start closed); Bookshelf's are short and open.
    for (const [id, count] of [['webhooks', 2], ['schemas', 33]] as const) {
      const list = page.locator('details.tag-section').filter({ has: page.locator(`h2#${id}`) });
      await expect(list.locator('h2')).toHaveText(new RegExp(`^${id} ${count}$`, 'i'));
      await expect(list).toHaveAttribute('open', '');
    }
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
