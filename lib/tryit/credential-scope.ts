/**
 * Where the console may send a credential. A credential is bound to the origin
 * (scheme, host, port) it was entered for, and goes only there, or to another
 * origin the reader allowed for this session. The spec cannot widen that:
 * an operation- or path-level `servers` entry, or a server variable that
 * changes the host, is "another origin" like any other.
 */
import { isWebUrl, originOf } from '../openapi/url-policy';
import type { AuthValues } from '../request/types';

/** True for a serialized `http(s)` origin such as `https://api.example.com:8443` (what storage may hold). */
export function isOrigin(value: unknown): value is string {
  return typeof value === 'string' && isWebUrl(value) && new URL(value).origin === value;
}

/**
 * How an origin is named to the reader: its host (with a non-default port),
 * or the whole origin when the host alone would not tell it from `other`.
 */
export function originLabel(origin: string, other?: string): string {
  try {
    const host = new URL(origin).host;
    return other !== undefined && other !== origin && new URL(other).host === host ? origin : host;
  } catch {
    return origin;
  }
}

/** Which of the console's servers a request goes to. */
export type ServerSource = 'api' | 'operation' | 'custom';

export interface EntryContext {
  /** The URL the request would go to now. */
  targetUrl: string;
  /** `api`: one of the API's servers; `operation`: an operation- or path-level one; `custom`: a base URL the reader typed. */
  source: ServerSource;
  /** The API-level server (first one, default variables), unresolved; relative to the page when relative. */
  apiServerUrl: string;
  pageOrigin: string;
}

/**
 * The origin a credential typed now is bound to: the API server or custom base
 * URL the reader is using. On an operation that names its own servers it is
 * the API's origin instead: otherwise a spec could collect credentials for
 * another host just by pointing one operation there.
 */
export function entryOrigin({ targetUrl, source, apiServerUrl, pageOrigin }: EntryContext): string | undefined {
  const apiOrigin = originOf(apiServerUrl, pageOrigin);
  if (source === 'operation') return apiOrigin;
  return originOf(targetUrl, pageOrigin) ?? apiOrigin;
}

export interface ScopeTarget {
  /** The API URL the request is for. With a CORS proxy this is still the real target, not the proxy's URL. */
  targetUrl: string;
  pageOrigin: string;
  /** Origins the reader allowed this API's credentials to go to, this session. */
  consents: readonly string[];
  /** The CORS proxy in use, if any: it relays the request, so it is named but never decides. */
  proxyUrl?: string;
}

export type ScopeDecision =
  | { attach: true; reason: 'same-origin' | 'consented'; credentialOrigin: string; targetOrigin: string }
  | { attach: false; reason: 'other-origin'; credentialOrigin: string; targetOrigin: string }
  /** A credential with no known origin (it could not be bound when typed) goes nowhere. */
  | { attach: false; reason: 'unbound'; targetOrigin?: string }
  /** The target is not an http(s) URL: nothing can be sent there anyway. */
  | { attach: false; reason: 'bad-target' };

/** Whether a credential bound to `credentialOrigin` goes with a request to `target.targetUrl`. */
export function decideCredentialScope(credentialOrigin: string | undefined, target: ScopeTarget): ScopeDecision {
  const targetOrigin = originOf(target.targetUrl, target.pageOrigin);
  if (targetOrigin === undefined) return { attach: false, reason: 'bad-target' };
  if (credentialOrigin === undefined) return { attach: false, reason: 'unbound', targetOrigin };
  if (credentialOrigin === targetOrigin) return { attach: true, reason: 'same-origin', credentialOrigin, targetOrigin };
  if (target.consents.includes(targetOrigin)) return { attach: true, reason: 'consented', credentialOrigin, targetOrigin };
  return { attach: false, reason: 'other-origin', credentialOrigin, targetOrigin };
}

export interface CredentialScope {
  /** The credentials that may go with this request (the others are left out). */
  allowed: AuthValues;
  /** One decision per credential entered. */
  decisions: Record<string, ScopeDecision>;
  targetOrigin?: string;
  /** Origins of credentials held back because the target is another origin. */
  withheldFrom: string[];
  /** True when the target is allowed only by the reader's consent. */
  consented: boolean;
  proxyOrigin?: string;
}

/** Applies `decideCredentialScope` to every credential entered for the API. */
export function scopeCredentials(values: AuthValues, origins: Record<string, string | undefined>, target: ScopeTarget): CredentialScope {
  const allowed: AuthValues = {};
  const decisions: Record<string, ScopeDecision> = {};
  const withheld = new Set<string>();
  let consented = false;
  for (const [name, value] of Object.entries(values)) {
    if (!value) continue;
    const decision = decideCredentialScope(origins[name], target);
    decisions[name] = decision;
    if (decision.attach) allowed[name] = value;
    if (decision.attach && decision.reason === 'consented') consented = true;
    if (decision.reason === 'other-origin') withheld.add(decision.credentialOrigin);
  }
  return {
    allowed,
    decisions,
    targetOrigin: originOf(target.targetUrl, target.pageOrigin),
    withheldFrom: [...withheld],
    consented,
    proxyOrigin: target.proxyUrl ? originOf(target.proxyUrl, target.pageOrigin) : undefined,
  };
}

/** "Credentials for api.example.com are not sent to other.example.net." */
export function withheldMessage(scope: CredentialScope): string | undefined {
  if (scope.withheldFrom.length === 0 || !scope.targetOrigin) return undefined;
  const target = scope.targetOrigin;
  const from = scope.withheldFrom.map((origin) => originLabel(origin, target)).join(', ');
  return `Credentials for ${from} are not sent to ${originLabel(target, scope.withheldFrom[0])}`;
}

/**
 * The line under the request preview saying whether credentials go with it.
 * @param attached whether the prepared request carries any credential (what is actually sent)
 * @param needed whether the operation asks for credentials at all
 */
export function describeCredentialScope(scope: CredentialScope, attached: boolean, needed: boolean): string {
  const withheld = withheldMessage(scope);
  if (attached && scope.targetOrigin) {
    const via = scope.proxyOrigin ? `, through the CORS proxy at ${originLabel(scope.proxyOrigin)}` : '';
    const how = scope.consented ? ' (allowed by you for this session)' : '';
    return `Credentials attached for ${originLabel(scope.targetOrigin)}${how}${via}.${withheld ? ` ${withheld}.` : ''}`;
  }
  if (withheld) return `No credentials attached: ${withheld.charAt(0).toLowerCase()}${withheld.slice(1)}.`;
  const decisions = Object.values(scope.decisions);
  if (decisions.some((d) => d.reason === 'bad-target')) return 'No credentials attached: the request URL is not an http(s) URL.';
  if (decisions.some((d) => d.reason === 'unbound')) return 'No credentials attached: they are not tied to a server; enter them again.';
  if (!needed) return 'No credentials attached: this operation needs none.';
  if (decisions.length === 0) return 'No credentials attached: none entered.';
  return 'No credentials attached: the ones entered do not cover what this operation needs.';
}
