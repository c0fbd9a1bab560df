import type { ApiModel, Operation, SecurityScheme } from '../openapi/types';
import { toCurl } from '../request/to-curl';
import { buildSampleRequest } from './build-sample-request';

/** The home page's three steps for one API: credentials, a first request, the console. */
export interface QuickStart {
  /** How the API authenticates, in words (`an API key in the X-API-Key header`), empty when it needs none. */
  credentials: string[];
  /** The first request a reader can make, or undefined when the API has no GET operation. */
  firstRequest?: { title: string; method: string; path: string; curl: string; slug: string };
}

/** `apiKey` in a header → "an API key in the `X-API-Key` header", and so on: what a reader has to obtain. */
export function describeScheme(scheme: SecurityScheme): string {
  switch (scheme.type) {
    case 'apiKey':
      return `an API key in the ${scheme.name} ${scheme.in === 'query' ? 'query parameter' : scheme.in}`;
    case 'http':
      return scheme.scheme.toLowerCase() === 'bearer' ? 'a bearer token' : `HTTP ${scheme.scheme} credentials`;
    case 'oauth2':
      return 'an OAuth 2.0 access token';
    case 'openIdConnect':
      return 'an OpenID Connect sign-in';
    case 'mutualTLS':
      return 'a client certificate';
  }
}

/**
 * The first GET operation in document order, preferring one without path parameters: a list
 * (`GET /books`) makes a better first request than a lookup that needs an id.
 */
export function firstGetOperation(model: Pick<ApiModel, 'operations'>): Operation | undefined {
  const gets = model.operations.filter((operation) => operation.method === 'get' && !operation.deprecated);
  return gets.find((operation) => !operation.parameters.some((parameter) => parameter.in === 'path')) ?? gets[0];
}

export function buildQuickStart(model: ApiModel): QuickStart {
  const credentials = [...new Set(Object.values(model.securitySchemes).map(describeScheme))];
  const operation = firstGetOperation(model);
  if (!operation) return { credentials };
  const curl = toCurl(buildSampleRequest(operation, model), { maskSecrets: false });
  return {
    credentials,
    firstRequest: { title: operation.summary ?? `${operation.method.toUpperCase()} ${operation.path}`, method: operation.method, path: operation.path, curl, slug: operation.slug },
  };
}
