import { isWebUrl } from '../openapi/url-policy';
import { NOT_A_WEB_ADDRESS } from './oauth-urls';

/** The message the /oauth-callback/ page posts to the console window that opened it. */
export const OAUTH_MESSAGE_TYPE = 'portico:oauth-callback';

export interface OAuthCallbackMessage {
  type: typeof OAUTH_MESSAGE_TYPE;
  state?: string;
  /** Authorization code flow. */
  code?: string;
  /** Implicit flow (the token arrives in the URL fragment). */
  accessToken?: string;
  error?: string;
  errorDescription?: string;
}

/**
 * Reads the authorization server's redirect: `?code=...&state=...` for the
 * code flow, `#access_token=...&state=...` for the implicit flow, and
 * `error` / `error_description` in either place.
 */
export function parseOAuthCallback(search: string, hash: string): OAuthCallbackMessage {
  const query = new URLSearchParams(search.replace(/^\?/, ''));
  const fragment = new URLSearchParams(hash.replace(/^#/, ''));
  const read = (name: string) => query.get(name) ?? fragment.get(name) ?? undefined;
  const message: OAuthCallbackMessage = { type: OAUTH_MESSAGE_TYPE };
  const fields: Array<[keyof OAuthCallbackMessage, string]> = [
    ['state', 'state'],
    ['code', 'code'],
    ['accessToken', 'access_token'],
    ['error', 'error'],
    ['errorDescription', 'error_description'],
  ];
  for (const [key, name] of fields) {
    const value = read(name);
    if (value !== undefined) (message as unknown as Record<string, string>)[key] = value;
  }
  if (!message.code && !message.accessToken && !message.error) {
    message.error = 'invalid_callback';
    message.errorDescription = 'The sign-in page came back without a code, a token or an error.';
  }
  return message;
}

export function isOAuthCallbackMessage(data: unknown): data is OAuthCallbackMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === OAUTH_MESSAGE_TYPE;
}

export interface OpenIdConfiguration {
  authorizationUrl: string;
  tokenUrl: string;
  scopes: string[];
}

export type OpenIdDiscovery = { ok: true; config: OpenIdConfiguration } | { ok: false; reason: string; notWebAddress?: true };

/**
 * The parts of an OpenID Connect discovery document the console uses, or a reason it cannot.
 * The endpoints come from the network, not the spec: they pass the URL policy here or not at all.
 */
export function readOpenIdConfiguration(document: unknown): OpenIdDiscovery {
  if (typeof document !== 'object' || document === null) return { ok: false, reason: 'The discovery document is not a JSON object.' };
  const doc = document as Record<string, unknown>;
  if (typeof doc.authorization_endpoint !== 'string' || typeof doc.token_endpoint !== 'string') {
    return { ok: false, reason: 'The discovery document has no authorization_endpoint or token_endpoint.' };
  }
  if (!isWebUrl(doc.authorization_endpoint) || !isWebUrl(doc.token_endpoint)) return { ok: false, reason: NOT_A_WEB_ADDRESS, notWebAddress: true };
  const scopes = Array.isArray(doc.scopes_supported) ? doc.scopes_supported.filter((s): s is string => typeof s === 'string') : ['openid'];
  return { ok: true, config: { authorizationUrl: doc.authorization_endpoint, tokenUrl: doc.token_endpoint, scopes } };
}
