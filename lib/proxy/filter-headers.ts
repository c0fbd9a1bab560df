import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

// RFC 9110 hop-by-hop headers, plus the ones a forward proxy must not pass on.
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade'];

// Cookies never cross the proxy; origin/referer/forwarding headers would leak the portal user's context.
const REQUEST_DROP = new Set([...HOP_BY_HOP, 'host', 'cookie', 'cookie2', 'origin', 'referer', 'content-length', 'expect', 'forwarded', 'x-real-ip']);
const RESPONSE_DROP = new Set([...HOP_BY_HOP, 'set-cookie', 'set-cookie2', 'content-length']);

function connectionTokens(headers: IncomingHttpHeaders): Set<string> {
  const value = headers.connection;
  const text = Array.isArray(value) ? value.join(',') : (value ?? '');
  return new Set(text.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean));
}

/** Headers to send upstream: no hop-by-hop, no cookies, no origin or forwarding information. */
export function filterRequestHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const named = connectionTokens(headers);
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || REQUEST_DROP.has(lower) || named.has(lower) || lower.startsWith('x-forwarded-')) continue;
    out[lower] = value;
  }
  return out;
}

/** Headers to return to the browser: no hop-by-hop, no Set-Cookie, and the API's own CORS headers replaced by ours. */
export function filterResponseHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const named = connectionTokens(headers);
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || RESPONSE_DROP.has(lower) || named.has(lower) || lower.startsWith('access-control-')) continue;
    out[lower] = value;
  }
  return out;
}
