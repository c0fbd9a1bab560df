import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { SUB } from './servers';

// The fixture portal's hostile spec (e2e/fixtures/content/openapi/xss.yaml): `hostileOAuth` has script for
// sign-in URLs (left out at build time), `hostileOidc` a web address whose discovery document the tests serve.
const SIGN_IN_PAGE = `${SUB}/reference/xss/sign-in/`;
const LOGIN = 'https://login.hostile.example';
const DISCOVERY = `${LOGIN}/.well-known/openid-configuration`;
const MESSAGE = "This API's sign-in URL is not a web address, so the console will not open it.";
const CORS = { 'access-control-allow-origin': '*' };

/** Records dialogs (in the page and any popup) and every URL handed to window.open. */
async function watch(page: Page): Promise<string[]> {
  const fired: string[] = [];
  const onDialog = (p: Page) =>
    p.on('dialog', async (dialog) => {
      fired.push(`dialog: ${dialog.message()}`);
      await dialog.dismiss();
    });
  onDialog(page);
  page.context().on('page', onDialog);
  page.on('pageerror', (error) => fired.push(`pageerror: ${error.message}`));
  await page.context().addInitScript(() => {
    const opened: string[] = [];
    const open = window.open.bind(window);
    Object.assign(window, { __opened: opened });
    window.open = (url?: string | URL, ...rest: [string?, string?]) => {
      opened.push(String(url));
      return open(url, ...rest);
    };
  });
  return fired;
}

async function openScheme(page: Page, name: string) {
  await page.goto(SIGN_IN_PAGE);
  const console = page.locator('#try-it');
  await console.scrollIntoViewIfNeeded();
  return console.getByRole('group', { name: new RegExp(`^${name}`) });
}

async function nothingRan(page: Page, fired: string[]) {
  expect(fired).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)).toEqual([]);
}

test('an OAuth flow whose URLs were script shows why and offers no authorize button', async ({ page }) => {
  const fired = await watch(page);
  const scheme = await openScheme(page, 'hostileOAuth');
  for (const flow of ['Authorization code (PKCE)', 'Implicit']) {
    await scheme.getByRole('radio', { name: flow }).check();
    await expect(scheme.getByText(MESSAGE)).toBeVisible();
    await expect(scheme.getByRole('button', { name: 'Authorize' })).toHaveCount(0);
  }
  // Pasting a token still works.
  await scheme.getByLabel('Access token').fill('pasted');
  await expect(page.locator('#try-it .tryit-preview pre')).toContainText("Authorization: Bearer ****'");
  await nothingRan(page, fired);
});

test('script endpoints from an OpenID discovery document never reach window.open, even after Authorize was pressed', async ({ page }) => {
  const fired = await watch(page);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.context().route(DISCOVERY, async (route) => {
    await held;
    await route.fulfill({
      headers: CORS,
      contentType: 'application/json',
      body: JSON.stringify({ authorization_endpoint: 'javascript:opener.__pwned=1;window.__pwned=1//', token_endpoint: 'javascript:window.__pwned=1', scopes_supported: ['openid'] }),
    });
  });
  const scheme = await openScheme(page, 'hostileOidc');
  await scheme.getByLabel('Client ID').fill('portal-client');
  // Pressed while the discovery document is on its way: the console waits for it instead of opening anything.
  await scheme.getByRole('button', { name: 'Authorize' }).click();
  await expect(scheme.getByRole('status')).toContainText('Still reading the OpenID Connect discovery document');
  release();
  await expect(scheme.getByText(MESSAGE)).toBeVisible();
  await expect(scheme.getByRole('button', { name: 'Authorize' })).toHaveCount(0);
  await page.waitForTimeout(300);
  await nothingRan(page, fired);
  expect(page.context().pages()).toHaveLength(1);
});

test('OpenID Connect with PKCE: the popup opens at the web address itself, without an opener, and the code comes back', async ({ page }) => {
  const fired = await watch(page);
  let authorize: URL | undefined;
  let tokenForm: URLSearchParams | undefined;
  await page.context().route(DISCOVERY, (route) =>
    route.fulfill({ headers: CORS, contentType: 'application/json', body: JSON.stringify({ authorization_endpoint: `${LOGIN}/authorize`, token_endpoint: `${LOGIN}/token` }) }),
  );
  await page.context().route(`${LOGIN}/authorize**`, async (route) => {
    authorize = new URL(route.request().url());
    const back = `${authorize.searchParams.get('redirect_uri')}?code=c0de&state=${authorize.searchParams.get('state')}`;
    await route.fulfill({ status: 302, headers: { location: back } });
  });
  await page.context().route(`${LOGIN}/token`, async (route) => {
    tokenForm = new URLSearchParams(route.request().postData() ?? '');
    await route.fulfill({ headers: CORS, contentType: 'application/json', body: JSON.stringify({ access_token: 'tok-pkce', token_type: 'bearer', expires_in: 60 }) });
  });

  const scheme = await openScheme(page, 'hostileOidc');
  await scheme.getByLabel('Client ID').fill('portal-client');
  const popupOpened = page.context().waitForEvent('page');
  await scheme.getByRole('button', { name: 'Authorize' }).click();
  const popup = await popupOpened;
  await expect(scheme.getByLabel('Access token')).toHaveValue('tok-pkce');
  await expect(scheme.getByRole('status')).toContainText('Got an access token');

  // The only window.open call named the checked https URL: never about:blank.
  const opened = await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened);
  expect(opened).toHaveLength(1);
  expect(new URL(opened[0]).origin).toBe(LOGIN);
  expect(authorize?.searchParams.get('response_type')).toBe('code');
  expect(authorize?.searchParams.get('redirect_uri')).toBe(`${SUB}/oauth-callback/`);
  expect(authorize?.searchParams.get('scope')).toBe('openid');
  const challenge = createHash('sha256').update(tokenForm?.get('code_verifier') ?? '').digest('base64url');
  expect(authorize?.searchParams.get('code_challenge')).toBe(challenge);
  expect(tokenForm?.get('code')).toBe('c0de');
  // The callback page had no opener to reach back through, and closed itself.
  await popup.waitForEvent('close', { timeout: 5_000 }).catch(() => undefined);
  expect(popup.isClosed()).toBe(true);
  expect(fired).toEqual([]);
});

test('the overview lists the URLs the portal left out', async ({ page }) => {
  await page.goto(`${SUB}/reference/xss/`);
  const errors = page.locator('details.spec-warnings', { hasText: 'error(s) in this spec' });
  await errors.locator('summary').click();
  await expect(errors.locator('.problem', { hasText: 'hostileOAuth/flows/implicit/authorizationUrl' })).toContainText('unsafe-url');
  await expect(errors).toContainText('Use an https:// URL.');
});
