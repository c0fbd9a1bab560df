import { isOAuthCallbackMessage, readOpenIdConfiguration, OAUTH_MESSAGE_TYPE, type OAuthCallbackMessage, type OpenIdConfiguration } from '@/lib/tryit/oauth-callback';
import { buildAuthorizeUrl, buildTokenRequest, createCodeChallenge, createCodeVerifier, createRandomToken, parseTokenResponse, type OAuthClient, type TokenGrant, type TokenResult } from '@/lib/tryit/oauth-pkce';
import { toProxyUrl } from '@/lib/tryit/send-request';

export type FlowResult = TokenResult;

function fail(error: string, description: string): FlowResult {
  return { ok: false, error, description };
}

/** Posts to the token endpoint (through the CORS proxy when one is in use). */
export async function requestToken(tokenUrl: string, grant: TokenGrant, client: OAuthClient, scopes: string[], proxyUrl?: string): Promise<FlowResult> {
  const request = buildTokenRequest(tokenUrl, grant, client, scopes);
  try {
    const response = await fetch(proxyUrl ? toProxyUrl(proxyUrl, request.url) : request.url, {
      method: 'POST',
      headers: request.headers.map((h): [string, string] => [h.name, h.value]),
      body: request.body,
      credentials: 'omit',
    });
    return parseTokenResponse(response.status, await response.text());
  } catch {
    return fail('network', `Could not reach the token endpoint ${tokenUrl}: it is down, or it does not allow cross-origin requests (CORS). A CORS proxy (portico proxy) can help.`);
  }
}

export async function discoverOpenId(url: string): Promise<{ ok: true; config: OpenIdConfiguration } | { ok: false; reason: string }> {
  try {
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) return { ok: false, reason: `The discovery URL answered ${response.status}.` };
    return readOpenIdConfiguration(await response.json());
  } catch {
    return { ok: false, reason: `Could not read ${url} (unreachable, not JSON, or no CORS).` };
  }
}

/** Waits for the /oauth-callback/ page: a postMessage from the popup, or a BroadcastChannel when the opener link was cut. */
function waitForCallback(state: string, popup: Window): Promise<OAuthCallbackMessage> {
  return new Promise((resolve) => {
    const channel = 'BroadcastChannel' in window ? new BroadcastChannel(OAUTH_MESSAGE_TYPE) : undefined;
    const finish = (message: OAuthCallbackMessage) => {
      window.removeEventListener('message', onMessage);
      channel?.close();
      clearInterval(closed);
      resolve(message);
    };
    const accept = (data: unknown) => {
      if (isOAuthCallbackMessage(data) && data.state === state) finish(data);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin === window.location.origin) accept(event.data);
    };
    window.addEventListener('message', onMessage);
    if (channel) channel.onmessage = (event) => accept(event.data);
    const closed = setInterval(() => {
      if (popup.closed) finish({ type: OAUTH_MESSAGE_TYPE, state, error: 'popup_closed', errorDescription: 'The sign-in window was closed before it finished.' });
    }, 500);
  });
}

export interface AuthorizeOptions {
  authorizationUrl: string;
  /** Undefined for the implicit flow. */
  tokenUrl?: string;
  client: OAuthClient;
  scopes: string[];
  redirectUri: string;
  proxyUrl?: string;
  openId?: boolean;
}

/**
 * The authorization code flow with PKCE (or the implicit flow without a
 * token URL) in a popup. The popup opens synchronously, before any await,
 * so that browsers do not block it.
 */
export async function runAuthorizeFlow(options: AuthorizeOptions): Promise<FlowResult> {
  const popup = window.open('about:blank', 'portico-oauth', 'popup,width=520,height=700');
  if (!popup) return fail('popup_blocked', 'The browser blocked the sign-in window. Allow popups for this site and try again.');
  const state = createRandomToken(16);
  const verifier = createCodeVerifier();
  const implicit = options.tokenUrl === undefined;
  let url: string;
  try {
    url = buildAuthorizeUrl({
      authorizationUrl: options.authorizationUrl,
      clientId: options.client.clientId,
      redirectUri: options.redirectUri,
      scopes: options.scopes,
      state,
      responseType: implicit ? 'token' : 'code',
      codeChallenge: implicit ? undefined : await createCodeChallenge(verifier),
      nonce: options.openId ? createRandomToken(16) : undefined,
    });
  } catch {
    popup.close();
    return fail('invalid_url', `The authorization URL "${options.authorizationUrl}" is not a valid absolute URL.`);
  }
  popup.location.href = url;
  const message = await waitForCallback(state, popup);
  if (!popup.closed) popup.close();
  if (message.error) return fail(message.error, message.errorDescription ?? 'The authorization server refused the request.');
  if (message.accessToken) return { ok: true, accessToken: message.accessToken, tokenType: 'Bearer' };
  if (!message.code || !options.tokenUrl) return fail('invalid_callback', 'No authorization code came back.');
  return requestToken(options.tokenUrl, { type: 'authorization_code', code: message.code, redirectUri: options.redirectUri, codeVerifier: verifier }, options.client, [], options.proxyUrl);
}
