import type { IncomingHttpHeaders } from 'node:http';
import { isObject } from '../openapi/pointer';
import { followRef, readPointer } from './resolve-pointer';
import type { SpecDocument, SpecOperation } from './types';

export interface CorsPolicy {
  /** Headers for an answer to a preflight `OPTIONS` request. */
  preflightHeaders(requestHeaders: IncomingHttpHeaders): Record<string, string>;
  /** Headers for every other answer. */
  responseHeaders(): Record<string, string>;
}

/**
 * Derives the CORS policy from the spec, so that every method, credential header and
 * documented response header the try-it console needs is allowed or exposed.
 * Any origin is allowed: the demo API holds no cookies and only demo data.
 */
export function createCorsPolicy(doc: SpecDocument, operations: SpecOperation[]): CorsPolicy {
  const methods = [...new Set(operations.map((op) => op.method.toUpperCase())), 'OPTIONS'];
  const allowHeaders = new Set(['Accept', 'Authorization', 'Content-Type']);
  const schemes = isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  for (const scheme of Object.values(schemes)) {
    if (isObject(scheme) && scheme.type === 'apiKey' && scheme.in === 'header' && typeof scheme.name === 'string') allowHeaders.add(scheme.name);
  }
  for (const op of operations) for (const p of op.parameters) if (p.in === 'header') allowHeaders.add(p.name);

  const exposeHeaders = new Set(['Location', 'X-RateLimit-Limit', 'X-RateLimit-Remaining']);
  for (const op of operations) for (const name of documentedResponseHeaders(doc, op)) exposeHeaders.add(name);

  const expose = [...exposeHeaders].sort().join(', ');
  return {
    preflightHeaders(requestHeaders) {
      const headers: Record<string, string> = {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': methods.join(', '),
        'Access-Control-Allow-Headers': [...allowHeaders].join(', '),
        'Access-Control-Max-Age': '600',
      };
      // Chrome's Private Network Access: a portal on a public host may call this API on localhost.
      if (requestHeaders['access-control-request-private-network'] === 'true') headers['Access-Control-Allow-Private-Network'] = 'true';
      return headers;
    },
    responseHeaders() {
      return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': expose };
    },
  };
}

function documentedResponseHeaders(doc: SpecDocument, op: SpecOperation): string[] {
  const responses = readPointer(doc, `${op.pointer}/responses`);
  if (!isObject(responses)) return [];
  return Object.values(responses).flatMap((raw) => {
    const response = followRef(doc, raw, '').value;
    return isObject(response) && isObject(response.headers) ? Object.keys(response.headers) : [];
  });
}
