import { derefObject, entriesOf, textOf, type DocumentContext } from './document-context';
import { specUrlOf } from './drop-unsafe-urls';
import { omitUndefined } from './normalize-content';
import { isObject } from './pointer';
import type { OAuthFlow, SecurityRequirement, SecurityScheme, Server, ServerVariable } from './types';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function normalizeFlow(raw: unknown): OAuthFlow | undefined {
  if (!isObject(raw)) return undefined;
  const scopes: Record<string, string> = {};
  for (const [scope, text] of entriesOf(raw.scopes)) scopes[scope] = typeof text === 'string' ? text : '';
  // `dropUnsafeUrls` has already removed and reported unsafe URLs; reading through the policy keeps the model safe regardless.
  return omitUndefined({ authorizationUrl: specUrlOf(raw.authorizationUrl, 'link'), tokenUrl: specUrlOf(raw.tokenUrl, 'link'), refreshUrl: specUrlOf(raw.refreshUrl, 'link'), scopes });
}

export function normalizeSecurityScheme(ctx: DocumentContext, raw: unknown): SecurityScheme | undefined {
  const s = derefObject(ctx, raw);
  if (!s) return undefined;
  const description = textOf(ctx, s.description);
  switch (s.type) {
    case 'apiKey': {
      const where: 'query' | 'header' | 'cookie' = s.in === 'query' || s.in === 'cookie' ? s.in : 'header';
      return omitUndefined({ type: 'apiKey' as const, name: str(s.name) ?? '', in: where, description });
    }
    case 'http':
      return omitUndefined({ type: 'http' as const, scheme: (str(s.scheme) ?? 'bearer').toLowerCase(), bearerFormat: str(s.bearerFormat), description });
    case 'oauth2': {
      const flows: Extract<SecurityScheme, { type: 'oauth2' }>['flows'] = {};
      for (const kind of ['implicit', 'password', 'clientCredentials', 'authorizationCode'] as const) {
        const flow = normalizeFlow(isObject(s.flows) ? s.flows[kind] : undefined);
        if (flow) flows[kind] = flow;
      }
      return omitUndefined({ type: 'oauth2' as const, flows, description });
    }
    case 'openIdConnect':
      return omitUndefined({ type: 'openIdConnect' as const, openIdConnectUrl: specUrlOf(s.openIdConnectUrl, 'link') ?? '', description });
    case 'mutualTLS':
      return omitUndefined({ type: 'mutualTLS' as const, description });
    default:
      return undefined;
  }
}

export function normalizeSecurity(value: unknown): SecurityRequirement[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(isObject).map((req) => {
    const out: SecurityRequirement = {};
    for (const [name, scopes] of Object.entries(req)) out[name] = Array.isArray(scopes) ? scopes.map(String) : [];
    return out;
  });
}

/** Undefined when the document gives no servers here (the caller decides the default). */
export function normalizeServers(ctx: DocumentContext, value: unknown): Server[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const out: Server[] = [];
  for (const raw of value) {
    const s = derefObject(ctx, raw);
    const url = s && specUrlOf(s.url, 'server');
    if (!s || url === undefined) continue;
    const variables: Record<string, ServerVariable> = {};
    for (const [name, v] of entriesOf(s.variables)) {
      if (!isObject(v)) continue;
      variables[name] = omitUndefined({
        default: v.default === undefined ? '' : String(v.default),
        enum: Array.isArray(v.enum) ? v.enum.map(String) : undefined,
        description: textOf(ctx, v.description),
      });
    }
    out.push(omitUndefined({ url, description: textOf(ctx, s.description), variables }));
  }
  return out.length > 0 ? out : undefined;
}
