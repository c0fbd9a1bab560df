import type { IncomingMessage } from 'node:http';

/** Whether a browser Origin may use the proxy; no Origin (curl, scripts) is not a CORS request. */
export function isOriginAllowed(origin: string | undefined, allowedOrigins: readonly string[] | undefined): boolean {
  if (!origin || !allowedOrigins || allowedOrigins.includes('*')) return true;
  return allowedOrigins.some((allowed) => allowed.replace(/\/+$/, '').toLowerCase() === origin.toLowerCase());
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
