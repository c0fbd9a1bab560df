import { expect, test } from '@playwright/test';
import { SUB } from './servers';

// The fixture portal (built under /sub) holds a Swagger 2.0 petstore whose `petstore_auth` is OAuth 2.0 implicit.
const OPERATIONS = process.env.TRYIT_ROUTE_SUB ?? `${SUB}/reference/petstore2`;
const AUTHORIZE = 'http://petstore.swagger.io/oauth/dialog';

test('OAuth 2.0 implicit: the popup comes back through /oauth-callback/ and the token is used', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let authorizeUrl: URL | undefined;
  // Stand-in authorization server: approve at once and redirect back with a token in the fragment.
  await page.context().route(`${AUTHORIZE}**`, async (route) => {
    authorizeUrl = new URL(route.request().url());
    const back = `${authorizeUrl.searchParams.get('redirect_uri')}#access_token=tok-123&token_type=bearer&state=${authorizeUrl.searchParams.get('state')}`;
    await route.fulfill({ status: 302, headers: { location: back } });
  });

  await page.goto(`${OPERATIONS}/find-pets-by-status/`);
  const console = page.locator('#try-it');
  await console.scrollIntoViewIfNeeded();
  const scheme = console.getByRole('group', { name: /petstore_auth/ });
  await scheme.getByLabel('Client ID').fill('portal-client');
  await scheme.getByRole('button', { name: 'Authorize' }).click();

  await expect(scheme.getByLabel('Access token')).toHaveValue('tok-123');
  await expect(scheme.getByRole('status')).toContainText('Got an access token');
  expect(authorizeUrl?.searchParams.get('response_type')).toBe('token');
  expect(authorizeUrl?.searchParams.get('client_id')).toBe('portal-client');
  expect(authorizeUrl?.searchParams.get('redirect_uri')).toBe(`${SUB}/oauth-callback/`);
  expect(authorizeUrl?.searchParams.get('scope')?.split(' ').sort()).toEqual(['read:pets', 'write:pets']);
  await expect(console.locator('.tryit-preview pre')).toContainText("Authorization: Bearer ****'");
  expect(errors).toEqual([]);
});
