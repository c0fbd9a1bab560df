import { isWebUrl } from '@/lib/openapi/url-policy';
import { isOAuthCallbackMessage, readOpenIdConfiguration, OAUTH_MESSAGE_TYPE, type OAuthCallbackMessage, type OpenIdDiscovery } from '@/lib/tryit/oauth-callback';
import { buildAuthorizeUrl, buildTokenRequest, parseTokenResponse, type AuthorizeTicket, type OAuthClient, type TokenGrant, type TokenResult } from '@/lib/tryit/oauth-pkce';
import { NOT_A_WEB_ADDRESS } from '@/lib/tryit/oauth-urls';
import { toProxyUrl } from '@/lib/tryit/send-request';

export type FlowResult = TokenResult;

/** How long the console waits for the sign-in window before it gives up. */
const SIGN_IN_TIMEOUT_MS = 10 * 60 * 1000;

function fail(error: string, description: string): FlowResult {
  return { ok: false, error, description };
}

/** Posts to the token endpoint (through the CORS proxy when one is in use). */
export async function requestToken(tokenUrl: string, grant: TokenGrant, client: OAuthClient, scopes: string[], proxyUrl?: string): Promise<FlowResult> {
  if (!isWebUrl(tokenUrl)) return fail('not_a_web_address', NOT_A_WEB_ADDRESS);
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

/** Reads an OpenID Connect discovery document; its endpoints pass the URL policy in `readOpenIdConfiguration`. */
export async function discoverOpenId(url: string): Promise<OpenIdDiscovery> {
  if (!isWebUrl(url)) return { ok: false, reason: NOT_A_WEB_ADDRESS, notWebAddress: true };
  try {
    // fetch follows only http(s) redirects, so the document itself cannot come from elsewhere.
    const response = await fetch(url, { credentials: 'omit' });
    if (!response.ok) return { ok: false, reason: `The discovery URL answered ${response.status}.` };
    return readOpenIdConfiguration(await response.json());
  } catch {
    return { ok: false, reason: `Could not read ${url} (unreachable, not JSON, or no CORS).` };
  }
}

/**
 * Waits for the /oauth-callback/ page. The popup is opened without an opener, so the page
 * answers on a same-origin BroadcastChannel (a postMessage from `window.opener` is still
 * accepted, from this origin only). Without a handle on the popup the console cannot see it
 * close: the reader cancels instead, and a long timeout ends a forgotten attempt.
 */
function waitForCallback(state: string, signal: AbortSignal): Promise<OAuthCallbackMessage> {
  return new Promise((resolve) => {
    const channel = 'BroadcastChannel' in window ? new BroadcastChannel(OAUTH_MESSAGE_TYPE) : undefined;
    const stop = (error: string, errorDescription: string) => finish({ type: OAUTH_MESSAGE_TYPE, state, error, errorDescription });
    const onAbort = () => stop('cancelled', 'Sign-in was cancelled.');
    const timer = window.setTimeout(() => stop('timeout', 'The sign-in window did not answer in time.'), SIGN_IN_TIMEOUT_MS);
    const finish = (message: OAuthCallbackMessage) => {
      window.removeEventListener('message', onMessage);
      signal.removeEventListener('abort', onAbort);
      channel?.close();
      window.clearTimeout(timer);
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
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort);
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
  /** State, PKCE verifier and challenge, made before the click (see `createAuthorizeTicket`). */
  ticket: AuthorizeTicket;
  /** Aborting it (the reader's Cancel) stops the wait. */
  signal: AbortSignal;
}

/**
 * The authorization code flow with PKCE (or the implicit flow without a token URL) in a popup.
 * Call it straight from the click: the popup opens before it returns, so browsers allow it.
 * The popup opens directly at the checked http(s) authorization URL and without an opener:
 * never an `about:blank` window (which shares the portal's origin) navigated afterwards, and
 * the sign-in page gets no handle on the portal's window.
 */
export function runAuthorizeFlow(options: AuthorizeOptions): Promise<FlowResult> {
  const implicit = options.tokenUrl === undefined;
  if (!isWebUrl(options.authorizationUrl) || (options.tokenUrl !== undefined && !isWebUrl(options.tokenUrl))) {
    return Promise.resolve(fail('not_a_web_address', NOT_A_WEB_ADDRESS));
  }
  const { ticket } = options;
  const url = buildAuthorizeUrl({
    authorizationUrl: options.authorizationUrl,
    clientId: options.client.clientId,
    redirectUri: options.redirectUri,
    scopes: options.scopes,
    state: ticket.state,
    responseType: implicit ? 'token' : 'code',
    codeChallenge: implicit ? undefined : ticket.codeChallenge,
    nonce: options.openId ? ticket.nonce : undefined,
  });
  // With `noopener` window.open returns null whether or not the popup opened.
  window.open(url, 'portico-oauth', 'popup,width=520,height=700,noopener');
  return finishAuthorize(options);
}

async function finishAuthorize(options: AuthorizeOptions): Promise<FlowResult> {
  const message = await waitForCallback(options.ticket.state, options.signal);
  if (message.error) return fail(message.error, message.errorDescription ?? 'The authorization server refused the request.');
  if (message.accessToken) return { ok: true, accessToken: message.accessToken, tokenType: 'Bearer' };
  if (!message.code || !options.tokenUrl) return fail('invalid_callback', 'No authorization code came back.');
  const grant: TokenGrant = { type: 'authorization_code', code: message.code, redirectUri: options.redirectUri, codeVerifier: options.ticket.codeVerifier };
  return requestToken(options.tokenUrl, grant, options.client, [], options.proxyUrl);
}
