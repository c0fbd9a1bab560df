import type { IncomingHttpHeaders } from 'node:http';
import { ApiProblem } from './api-problem';
import { isObject } from '../openapi/pointer';
import type { SpecDocument } from './types';

/** The only credentials the demo API accepts. The guides and the spec say so too. */
export const DEMO_CREDENTIALS = { apiKey: 'demo-key', bearerToken: 'demo-token' } as const;

interface SchemeCheck {
  name: string;
  /** Human words for "how to send it", for error messages. */
  how: string;
  present(headers: IncomingHttpHeaders, query: URLSearchParams): boolean;
  valid(headers: IncomingHttpHeaders, query: URLSearchParams): boolean;
  challenge: string;
}

/**
 * Checks the request's credentials against the operation's security requirements
 * (alternatives: any one requirement object must be fully met) and throws a 401
 * problem that says which credential to send and why the one sent was refused.
 */
export function checkAuth(
  doc: SpecDocument,
  security: Record<string, string[]>[],
  headers: IncomingHttpHeaders,
  query: URLSearchParams,
): void {
  if (security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0)) return;
  const schemes = readSchemes(doc);
  const met = security.some((requirement) => Object.keys(requirement).every((name) => schemes.get(name)?.valid(headers, query) ?? false));
  if (met) return;

  const accepted = [...new Set(security.flatMap((requirement) => Object.keys(requirement)))].flatMap((name) => schemes.get(name) ?? []);
  const sentButWrong = accepted.find((scheme) => scheme.present(headers, query));
  const sentOther = [...schemes.values()].find((scheme) => !accepted.includes(scheme) && scheme.valid(headers, query));
  const alternatives = accepted.map((scheme) => scheme.how).join(' or ');
  let detail: string;
  if (sentButWrong) detail = `The credential sent as ${sentButWrong.how} is not valid. The demo API accepts the API key "${DEMO_CREDENTIALS.apiKey}" and the bearer token "${DEMO_CREDENTIALS.bearerToken}".`;
  else if (sentOther) detail = `This operation does not accept ${sentOther.how}. Send ${alternatives}.`;
  else detail = `This operation needs credentials. Send ${alternatives}.`;
  throw new ApiProblem(401, 'unauthorized', detail, undefined, {
    'WWW-Authenticate': accepted.map((scheme) => scheme.challenge).join(', '),
  });
}

function readSchemes(doc: SpecDocument): Map<string, SchemeCheck> {
  const schemes = new Map<string, SchemeCheck>();
  const defined = isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  for (const [name, scheme] of Object.entries(defined)) {
    if (!isObject(scheme)) continue;
    if (scheme.type === 'apiKey' && typeof scheme.name === 'string') {
      const keyName = scheme.name;
      const read = (headers: IncomingHttpHeaders, query: URLSearchParams) =>
        scheme.in === 'query' ? query.get(keyName) ?? undefined : scheme.in === 'header' ? headers[keyName.toLowerCase()] : undefined;
      schemes.set(name, {
        name,
        how: scheme.in === 'query' ? `an API key in the "${keyName}" query parameter` : `an API key in the ${keyName} header`,
        present: (h, q) => read(h, q) !== undefined,
        valid: (h, q) => read(h, q) === DEMO_CREDENTIALS.apiKey,
        challenge: `ApiKey realm="bookshelf", header="${keyName}"`,
      });
    } else if (scheme.type === 'http' && typeof scheme.scheme === 'string' && scheme.scheme.toLowerCase() === 'bearer') {
      const token = (headers: IncomingHttpHeaders) => /^Bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1]?.trim();
      schemes.set(name, {
        name,
        how: 'a bearer token in the Authorization header',
        present: (h) => token(h) !== undefined,
        valid: (h) => token(h) === DEMO_CREDENTIALS.bearerToken,
        challenge: 'Bearer realm="bookshelf"',
      });
    }
  }
  return schemes;
}
