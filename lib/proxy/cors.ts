import type { IncomingMessage } from 'node:http';

export interface OriginPolicy {
  /** Portal origins (`https://docs.example.com`) the proxy answers; nothing else is reflected. */
  allowedOrigins?: readonly string[];
  /**
   * Answer every origin except `null`: any web page the user visits can then use the proxy.
   * Only for a proxy bound to loopback during development (the CLI enforces that).
   */
  allowAnyOrigin?: boolean;
}

/** `https://Docs.example.com/` -> `https://docs.example.com`; undefined when it is not an http(s) origin. */
export function normalizeOrigin(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether a request may use the proxy. No Origin (curl, scripts) is not a CORS
 * request and could reach the API directly anyway. A browser Origin must be
 * named in the policy; `null` (sandboxed frames, `file:` pages, some redirects)
 * is never accepted, since any page can make itself `null`.
 */
export function isOriginAllowed(origin: string | undefined, policy: OriginPolicy): boolean {
  if (origin === undefined) return true;
  const normalized = normalizeOrigin(origin);
  if (!normalized || normalized === 'null') return false;
  if (policy.allowAnyOrigin) return true;
  return (policy.allowedOrigins ?? []).some((allowed) => normalizeOrigin(allowed) === normalized);
}

export function isPreflight(req: IncomingMessage): boolean {
  return req.method === 'OPTIONS' && typeof req.headers.origin === 'string' && typeof req.headers['access-control-request-method'] === 'string';
}

/** CORS headers for an allowed origin; credentials are never allowed since cookies do not cross the proxy. */
export function corsHeaders(origin: string | undefined, exposed: string[] = []): Record<string, string> {
  if (!origin) return {};
  const headers: Record<string, string> = { 'access-control-allow-origin': origin, vary: 'Origin' };
  if (exposed.length > 0) headers['access-control-expose-headers'] = exposed.join(', ');
  return headers;
}

export function preflightHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin as string;
  const requested = req.headers['access-control-request-headers'];
  return {
    ...corsHeaders(origin),
    vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    ...(requested ? { 'access-control-allow-headers': requested } : {}),
    'access-control-max-age': '600',
  };
}
