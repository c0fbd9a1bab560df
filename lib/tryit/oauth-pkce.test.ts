import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl, buildTokenRequest, createAuthorizeTicket, createCodeChallenge, createCodeVerifier, parseTokenResponse } from './oauth-pkce';
import { parseOAuthCallback, readOpenIdConfiguration } from './oauth-callback';

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636 appendix B', async () => {
    await expect(createCodeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).resolves.toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes 43-character URL-safe verifiers from random bytes', () => {
    const verifier = createCodeVerifier();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createCodeVerifier()).not.toBe(verifier);
    expect(createCodeVerifier((bytes) => bytes.fill(255))).toBe('_'.repeat(42) + '8');
  });
});

describe('buildAuthorizeUrl', () => {
  it('adds the code flow parameters with the PKCE challenge and keeps existing ones', () => {
    const url = new URL(
      buildAuthorizeUrl({
        authorizationUrl: 'https://auth.example.com/authorize?audience=api',
        clientId: 'portal',
        redirectUri: 'http://localhost:3000/oauth-callback/',
        scopes: ['read:books', 'write:books'],
        state: 's1',
        responseType: 'code',
        codeChallenge: 'abc',
      }),
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      audience: 'api',
      response_type: 'code',
      client_id: 'portal',
      redirect_uri: 'http://localhost:3000/oauth-callback/',
      scope: 'read:books write:books',
      state: 's1',
      code_challenge: 'abc',
      code_challenge_method: 'S256',
    });
  });

  it('asks for a token in the implicit flow, without PKCE', () => {
    const url = new URL(buildAuthorizeUrl({ authorizationUrl: 'https://a.example/auth', clientId: 'c', redirectUri: 'https://p/cb', scopes: [], state: 's', responseType: 'token' }));
    expect(url.searchParams.get('response_type')).toBe('token');
    expect(url.searchParams.has('code_challenge')).toBe(false);
    expect(url.searchParams.has('scope')).toBe(false);
  });
});

describe('buildAuthorizeUrl refuses what is not a web address', () => {
  it.each(['javascript:alert(opener.sessionStorage)//', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', '/oauth/authorize', ''])('%j', (authorizationUrl) => {
    expect(() => buildAuthorizeUrl({ authorizationUrl, clientId: 'c', redirectUri: 'https://p/cb', scopes: [], state: 's', responseType: 'token' })).toThrow(/Not a web address/);
  });
});

describe('createAuthorizeTicket', () => {
  it('pairs a fresh verifier with its S256 challenge, a state and a nonce', async () => {
    const ticket = await createAuthorizeTicket();
    expect(ticket.codeChallenge).toBe(await createCodeChallenge(ticket.codeVerifier));
    expect(ticket.state).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect((await createAuthorizeTicket()).state).not.toBe(ticket.state);
  });
});

describe('buildTokenRequest', () => {
  it('exchanges a code with the verifier; a public client sends its id in the body', () => {
    const request = buildTokenRequest(
      'https://auth.example.com/token',
      { type: 'authorization_code', code: 'c0de', redirectUri: 'https://p/cb', codeVerifier: 'v' },
      { clientId: 'portal', clientSecret: '' },
    );
    expect(request.url).toBe('https://auth.example.com/token');
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({
      grant_type: 'authorization_code',
      code: 'c0de',
      redirect_uri: 'https://p/cb',
      code_verifier: 'v',
      client_id: 'portal',
    });
    expect(request.headers.find((h) => h.name === 'Authorization')).toBeUndefined();
  });

  it('authenticates a confidential client with HTTP Basic for client credentials', () => {
    const request = buildTokenRequest('https://a/token', { type: 'client_credentials' }, { clientId: 'id:1', clientSecret: 's é' }, ['read', 'write']);
    expect(Object.fromEntries(new URLSearchParams(request.body))).toEqual({ grant_type: 'client_credentials', scope: 'read write' });
    const auth = request.headers.find((h) => h.name === 'Authorization');
    expect(auth?.secret).toBe(true);
    expect(atob(auth!.value.replace('Basic ', ''))).toBe('id%3A1:s%20%C3%A9');
  });
});

describe('parseTokenResponse', () => {
  it('reads a token, and an error as data', () => {
    expect(parseTokenResponse(200, '{"access_token":"t","token_type":"bearer","expires_in":3600}')).toEqual({ ok: true, accessToken: 't', tokenType: 'bearer', expiresIn: 3600 });
    expect(parseTokenResponse(400, '{"error":"invalid_grant","error_description":"Code expired"}')).toEqual({ ok: false, error: 'invalid_grant', description: 'Code expired' });
    expect(parseTokenResponse(502, '<html>')).toMatchObject({ ok: false, error: 'http_502' });
    expect(parseTokenResponse(200, 'access_token=x&token_type=bearer')).toMatchObject({ ok: true, accessToken: 'x' });
  });
});

describe('parseOAuthCallback', () => {
  it('reads the code flow query, the implicit fragment, and errors', () => {
    expect(parseOAuthCallback('?code=abc&state=s1', '')).toEqual({ type: 'portico:oauth-callback', code: 'abc', state: 's1' });
    expect(parseOAuthCallback('', '#access_token=tok&token_type=bearer&state=s2')).toEqual({ type: 'portico:oauth-callback', accessToken: 'tok', state: 's2' });
    expect(parseOAuthCallback('?error=access_denied&error_description=No&state=s', '')).toMatchObject({ error: 'access_denied', errorDescription: 'No' });
    expect(parseOAuthCallback('', '')).toMatchObject({ error: 'invalid_callback' });
  });
});

describe('readOpenIdConfiguration', () => {
  it('takes the endpoints and scopes from a discovery document', () => {
    expect(readOpenIdConfiguration({ authorization_endpoint: 'https://a/auth', token_endpoint: 'https://a/token', scopes_supported: ['openid', 'email'] })).toEqual({
      ok: true,
      config: { authorizationUrl: 'https://a/auth', tokenUrl: 'https://a/token', scopes: ['openid', 'email'] },
    });
    expect(readOpenIdConfiguration({ issuer: 'x' })).toMatchObject({ ok: false });
  });

  it('refuses endpoints that are not web addresses: they come from the network, not the checked spec', () => {
    const refused = { ok: false, notWebAddress: true, reason: "This API's sign-in URL is not a web address, so the console will not open it." };
    expect(readOpenIdConfiguration({ authorization_endpoint: 'javascript:window.__pwned=1//', token_endpoint: 'https://a/token' })).toEqual(refused);
    expect(readOpenIdConfiguration({ authorization_endpoint: 'https://a/auth', token_endpoint: 'data:text/html,x' })).toEqual(refused);
    expect(readOpenIdConfiguration({ authorization_endpoint: '/auth', token_endpoint: 'https://a/token' })).toEqual(refused);
  });
});
