/**
 * OAuth 2.0 for the try-it console: PKCE (RFC 7636), the authorization URL,
 * and the token request (RFC 6749 section 4). Browser-safe: WebCrypto only.
 */
import { isWebUrl } from '../openapi/url-policy';
import type { NameValue } from '../request/types';

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Random URL-safe text; 32 bytes give the 43-character verifier RFC 7636 recommends. */
export function createRandomToken(byteLength = 32, random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return base64Url(random(new Uint8Array(byteLength)));
}

/** A PKCE code verifier: 43 characters of [A-Za-z0-9-_]. */
export function createCodeVerifier(random?: (bytes: Uint8Array) => Uint8Array): string {
  return createRandomToken(32, random);
}

/** The S256 code challenge: BASE64URL(SHA-256(ASCII(verifier))). */
export async function createCodeChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

export interface AuthorizeUrlInput {
  authorizationUrl: string;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string;
  /** `code` for the authorization code flow, `token` for the implicit flow. */
  responseType: 'code' | 'token';
  /** Required with `code`: PKCE is always used, even for confidential clients. */
  codeChallenge?: string;
  /** OpenID Connect replay protection. */
  nonce?: string;
}

/**
 * The URL the consent popup opens; parameters already on `authorizationUrl` are kept.
 * Throws unless `authorizationUrl` is an absolute http(s) URL: a popup must never run a
 * `javascript:` (or `data:`) URL in a window that shares the portal's origin.
 */
export function buildAuthorizeUrl(input: AuthorizeUrlInput): string {
  if (!isWebUrl(input.authorizationUrl)) throw new TypeError(`Not a web address: ${JSON.stringify(input.authorizationUrl.slice(0, 80))}`);
  const url = new URL(input.authorizationUrl);
  const params = url.searchParams;
  params.set('response_type', input.responseType);
  params.set('client_id', input.clientId);
  params.set('redirect_uri', input.redirectUri);
  if (input.scopes.length > 0) params.set('scope', input.scopes.join(' '));
  params.set('state', input.state);
  if (input.codeChallenge) {
    params.set('code_challenge', input.codeChallenge);
    params.set('code_challenge_method', 'S256');
  }
  if (input.nonce) params.set('nonce', input.nonce);
  return url.href;
}

/** What one sign-in attempt needs before the popup opens; made ahead of the click, since WebCrypto is async and the popup must open synchronously. */
export interface AuthorizeTicket {
  state: string;
  codeVerifier: string;
  codeChallenge: string;
  nonce: string;
}

export async function createAuthorizeTicket(): Promise<AuthorizeTicket> {
  const codeVerifier = createCodeVerifier();
  return { state: createRandomToken(16), codeVerifier, codeChallenge: await createCodeChallenge(codeVerifier), nonce: createRandomToken(16) };
}

export type TokenGrant =
  | { type: 'authorization_code'; code: string; redirectUri: string; codeVerifier: string }
  | { type: 'client_credentials' }
  | { type: 'password'; username: string; password: string };

export interface OAuthClient {
  clientId: string;
  /** Empty for public clients (browser apps usually are). */
  clientSecret: string;
}

export interface TokenRequest {
  url: string;
  method: 'POST';
  headers: NameValue[];
  /** `application/x-www-form-urlencoded` text. */
  body: string;
}

/**
 * The token endpoint request for a grant. A client with a secret
 * authenticates with HTTP Basic (the method every server must support,
 * RFC 6749 2.3.1); a public client sends only its `client_id`.
 */
export function buildTokenRequest(tokenUrl: string, grant: TokenGrant, client: OAuthClient, scopes: string[] = []): TokenRequest {
  const form = new URLSearchParams({ grant_type: grant.type });
  if (grant.type === 'authorization_code') {
    form.set('code', grant.code);
    form.set('redirect_uri', grant.redirectUri);
    form.set('code_verifier', grant.codeVerifier);
  } else if (grant.type === 'password') {
    form.set('username', grant.username);
    form.set('password', grant.password);
  }
  if (grant.type !== 'authorization_code' && scopes.length > 0) form.set('scope', scopes.join(' '));
  const headers: NameValue[] = [
    { name: 'Content-Type', value: 'application/x-www-form-urlencoded' },
    { name: 'Accept', value: 'application/json' },
  ];
  if (client.clientSecret) {
    // RFC 6749 2.3.1: both parts are form-encoded before Basic encoding.
    const user = `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`;
    headers.push({ name: 'Authorization', value: `Basic ${btoa(user)}`, secret: true });
  } else {
    form.set('client_id', client.clientId);
  }
  return { url: tokenUrl, method: 'POST', headers, body: form.toString() };
}

export type TokenResult =
  | { ok: true; accessToken: string; tokenType: string; expiresIn?: number; refreshToken?: string; scope?: string }
  | { ok: false; error: string; description: string };

/** Reads a token endpoint answer (RFC 6749 5.1 / 5.2) into data, never throwing. */
export function parseTokenResponse(status: number, bodyText: string): TokenResult {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(bodyText);
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    // Some servers answer form-encoded (GitHub without Accept); read that too.
    body = Object.fromEntries(new URLSearchParams(bodyText));
  }
  const token = body.access_token;
  if (status >= 200 && status < 300 && typeof token === 'string' && token !== '') {
    const expires = Number(body.expires_in);
    return {
      ok: true,
      accessToken: token,
      tokenType: typeof body.token_type === 'string' ? body.token_type : 'Bearer',
      ...(Number.isFinite(expires) && expires > 0 ? { expiresIn: expires } : {}),
      ...(typeof body.refresh_token === 'string' ? { refreshToken: body.refresh_token } : {}),
      ...(typeof body.scope === 'string' ? { scope: body.scope } : {}),
    };
  }
  const error = typeof body.error === 'string' ? body.error : `http_${status}`;
  const description =
    typeof body.error_description === 'string'
      ? body.error_description
      : status >= 200 && status < 300
        ? 'The token endpoint answered without an access_token.'
        : `The token endpoint answered ${status}.`;
  return { ok: false, error, description };
}
