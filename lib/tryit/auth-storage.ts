import { isOrigin } from './credential-scope';
import type { AuthValue, AuthValues } from '../request/types';

/** What the user typed for an OAuth 2.0 or OpenID Connect scheme, besides the token itself. */
export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  scopes: string[];
}

/** Credentials for one API, shared by all its operations. */
export interface StoredAuth {
  values: AuthValues;
  /** Per scheme, the origin its credential was entered for: the only one it goes to without the reader's consent. */
  origins: Record<string, string | undefined>;
  oauth: Record<string, OAuthSettings | undefined>;
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const EMPTY_AUTH: StoredAuth = { values: {}, origins: {}, oauth: {} };

export function authStorageKey(apiId: string): string {
  return `portico:try-it-auth:${apiId}`;
}

function isAuthValue(value: unknown): value is AuthValue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.kind === 'apiKey') return typeof v.value === 'string';
  if (v.kind === 'token') return typeof v.token === 'string';
  return v.kind === 'basic' && typeof v.username === 'string' && typeof v.password === 'string';
}

/**
 * Reads stored text defensively: another version of the portal, or a user, may have left anything there.
 * Credentials stored before they were bound to origins get `legacyOrigin` (the API's own server); with
 * none given they are dropped rather than left free to go anywhere.
 */
export function parseStoredAuth(text: string | null, legacyOrigin?: string): StoredAuth | undefined {
  if (!text) return undefined;
  try {
    const raw = JSON.parse(text) as { values?: Record<string, unknown>; origins?: Record<string, unknown>; oauth?: Record<string, unknown> };
    const values: AuthValues = {};
    const origins: StoredAuth['origins'] = {};
    for (const [name, value] of Object.entries(raw.values ?? {})) {
      const stored = raw.origins?.[name];
      const origin = isOrigin(stored) ? stored : legacyOrigin;
      if (isAuthValue(value) && origin !== undefined) {
        values[name] = value;
        origins[name] = origin;
      }
    }
    const oauth: StoredAuth['oauth'] = {};
    for (const [name, value] of Object.entries(raw.oauth ?? {})) {
      const s = value as Partial<OAuthSettings> | null;
      if (s && typeof s.clientId === 'string') {
        oauth[name] = { clientId: s.clientId, clientSecret: typeof s.clientSecret === 'string' ? s.clientSecret : '', scopes: Array.isArray(s.scopes) ? s.scopes.filter((x) => typeof x === 'string') : [] };
      }
    }
    return { values, origins, oauth };
  } catch {
    return undefined;
  }
}

function read(storage: StorageLike | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * The tab's credentials first, else the remembered ones. `remember` is true
 * when the device copy exists, so the checkbox shows what is stored.
 */
export function loadAuth(
  apiId: string,
  session: StorageLike | undefined,
  local: StorageLike | undefined,
  legacyOrigin?: string,
): { auth: StoredAuth; remember: boolean } {
  const key = authStorageKey(apiId);
  const remembered = parseStoredAuth(read(local, key), legacyOrigin);
  const current = parseStoredAuth(read(session, key), legacyOrigin);
  return { auth: current ?? remembered ?? EMPTY_AUTH, remember: remembered !== undefined };
}

/**
 * Keeps credentials for the tab session; on the device too only when the
 * user opted in, and removes the device copy when they opt out.
 */
export function saveAuth(apiId: string, auth: StoredAuth, remember: boolean, session: StorageLike | undefined, local: StorageLike | undefined): void {
  const key = authStorageKey(apiId);
  const text = JSON.stringify(auth);
  try {
    session?.setItem(key, text);
    if (remember) local?.setItem(key, text);
    else local?.removeItem(key);
  } catch {
    // Storage full or disabled (private mode): the credentials still work for this page.
  }
}

export function consentStorageKey(apiId: string): string {
  return `portico:try-it-consent:${apiId}`;
}

/** The origins the reader allowed this API's credentials to go to; kept for the tab session only, never on the device. */
export function loadConsents(apiId: string, session: StorageLike | undefined): string[] {
  try {
    const raw: unknown = JSON.parse(read(session, consentStorageKey(apiId)) ?? '[]');
    return Array.isArray(raw) ? raw.filter(isOrigin) : [];
  } catch {
    return [];
  }
}

export function saveConsents(apiId: string, origins: readonly string[], session: StorageLike | undefined): void {
  try {
    if (origins.length > 0) session?.setItem(consentStorageKey(apiId), JSON.stringify(origins));
    else session?.removeItem(consentStorageKey(apiId));
  } catch {
    // Storage disabled: the consent holds for this page only.
  }
}

/** Removes every stored credential and consent of one scope (an API, or one of its environments) from the tab and the device. */
export function forgetAuth(scope: string, session: StorageLike | undefined, local: StorageLike | undefined): void {
  try {
    for (const storage of [session, local]) storage?.removeItem(authStorageKey(scope));
    session?.removeItem(consentStorageKey(scope));
  } catch {
    // Storage disabled: nothing was stored.
  }
}
