import { DEFAULT_SECRET_HEADERS } from './to-curl';
import type { NameValue, PreparedRequest } from './types';

const MASK = '****';

function maskPair(pair: NameValue): NameValue {
  return pair.secret ? { ...pair, value: MASK } : pair;
}

/**
 * The request with credentials replaced by `****` (the auth scheme word kept),
 * for code snippets shown on screen. The URL's query is rebuilt from the masked pairs.
 */
export function maskRequest(request: PreparedRequest, secretHeaderNames: string[] = DEFAULT_SECRET_HEADERS): PreparedRequest {
  const secretHeaders = new Set(secretHeaderNames.map((n) => n.toLowerCase()));
  const headers = request.headers.map((header) => {
    if (!header.secret && !secretHeaders.has(header.name.toLowerCase())) return header;
    const scheme = /^(\S+)\s+\S/.exec(header.value);
    const keepScheme = scheme && header.name.toLowerCase().endsWith('authorization');
    return { ...header, value: keepScheme ? `${scheme[1]} ${MASK}` : MASK };
  });
  const queryString = request.queryString.map(maskPair);
  const hash = request.url.indexOf('?');
  const url = hash === -1 || queryString.length === 0 ? request.url : `${request.url.slice(0, hash)}?${queryString.map((q) => `${q.name}=${q.value}`).join('&')}`;
  return { ...request, url, headers, queryString, cookies: request.cookies.map(maskPair) };
}
