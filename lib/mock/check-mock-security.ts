import type { SecurityRequirement, SecurityScheme } from '../openapi/types';
import type { NameValue, PreparedRequest } from '../request/types';

export interface SecurityVerdict {
  ok: boolean;
  /** What the request lacks, for the 401's `detail`: "an API key in the X-API-Key header or a bearer token". */
  missing: string;
  /** `WWW-Authenticate` challenges for the HTTP schemes the operation accepts. */
  challenges: string[];
}

const has = (pairs: NameValue[], name: string) => pairs.some((pair) => pair.name.toLowerCase() === name.toLowerCase() && pair.value !== '');

function authorization(request: PreparedRequest): string {
  return request.headers.find((header) => header.name.toLowerCase() === 'authorization')?.value ?? '';
}

/** Whether the request carries a credential for the scheme: the mock checks presence, never the value. */
function carries(request: PreparedRequest, scheme: SecurityScheme | undefined): boolean {
  if (!scheme) return false;
  if (scheme.type === 'apiKey') {
    if (scheme.in === 'header') return has(request.headers, scheme.name);
    if (scheme.in === 'query') return has(request.queryString, encodeURIComponent(scheme.name)) || has(request.queryString, scheme.name);
    return has(request.cookies, scheme.name);
  }
  const header = authorization(request);
  if (scheme.type === 'http') {
    const [word, value] = header.split(/\s+/, 2);
    return word?.toLowerCase() === scheme.scheme.toLowerCase() && Boolean(value);
  }
  // A browser cannot present a client certificate for the mock; accept it as present rather than refuse forever.
  if (scheme.type === 'mutualTLS') return true;
  return /^Bearer\s+\S/i.test(header);
}

function describeScheme(scheme: SecurityScheme | undefined, name: string): string {
  if (!scheme) return name;
  if (scheme.type === 'apiKey') return `an API key in the ${scheme.name} ${scheme.in === 'header' ? 'header' : scheme.in === 'query' ? 'query parameter' : 'cookie'}`;
  if (scheme.type === 'http') return scheme.scheme.toLowerCase() === 'bearer' ? 'a bearer token' : `${scheme.scheme} credentials`;
  if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return 'an OAuth access token';
  return name;
}

/**
 * Checks that a request carries the credentials one of the operation's security requirements
 * names (OR between requirements, AND within one). An empty requirement `{}` makes them optional.
 */
export function checkMockSecurity(request: PreparedRequest, requirements: SecurityRequirement[], schemes: Record<string, SecurityScheme>): SecurityVerdict {
  const challenges = [...new Set(Object.values(schemes).flatMap((s) => (s.type === 'http' ? [`${s.scheme[0].toUpperCase()}${s.scheme.slice(1)} realm="mock"`] : s.type === 'oauth2' || s.type === 'openIdConnect' ? ['Bearer realm="mock"'] : [])))];
  if (requirements.length === 0 || requirements.some((requirement) => Object.keys(requirement).length === 0)) return { ok: true, missing: '', challenges };
  const ok = requirements.some((requirement) => Object.keys(requirement).every((name) => carries(request, schemes[name])));
  const missing = requirements.map((requirement) => Object.keys(requirement).map((name) => describeScheme(schemes[name], name)).join(' and ')).join(' or ');
  return { ok, missing, challenges };
}
