import { isObject, toPointer } from './pointer';
import type { PreparedIssue } from './prepare-document';
import { checkSpecUrl, type UrlKind } from './url-policy';
import { walkOpenApi } from './walk-openapi';

type Obj = Record<string, unknown>;
type Tokens = readonly string[];

const FLOWS = ['implicit', 'password', 'clientCredentials', 'authorizationCode'] as const;
const FLOW_URLS = ['authorizationUrl', 'tokenUrl', 'refreshUrl'] as const;

/** A spec URL the model may keep, or undefined; normalization reads URLs through this as a second guard. */
export function specUrlOf(value: unknown, kind: UrlKind): string | undefined {
  if (typeof value !== 'string') return undefined;
  const verdict = checkSpecUrl(value, kind);
  return verdict.ok ? verdict.url : undefined;
}

function shown(value: string): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

/**
 * Removes, in place, every URL of the prepared document that a browser would follow, fetch or
 * link but that is not `http(s)` (servers may also be relative), and says where each one was.
 * The caller passes a copy (`prepareDocument` clones): the downloadable bundle keeps the text.
 * Like `walkOpenApi` it does not follow `$ref`s: after bundling, each place is visited once,
 * where it really is, so every pointer names the line to fix.
 */
export function dropUnsafeUrls(doc: Obj): PreparedIssue[] {
  const issues: PreparedIssue[] = [];
  const report = (value: string, scheme: string, what: string, tokens: Tokens) =>
    issues.push(
      scheme === ''
        ? { severity: 'warning', code: 'empty-url', message: `${what} is empty; it is left out`, pointer: toPointer(tokens), hint: 'Use an https:// URL, or remove the field.' }
        : {
            severity: 'error',
            code: 'unsafe-url',
            message: `${what} ${shown(value)} is not a web address (scheme "${scheme}:"); the portal leaves it out`,
            pointer: toPointer(tokens),
            hint: 'Use an https:// URL.',
          },
    );

  /** Deletes `owner[key]` when it is a string the policy refuses. */
  const checkField = (owner: unknown, key: string, kind: UrlKind, what: string, tokens: Tokens) => {
    if (!isObject(owner) || typeof owner[key] !== 'string' || typeof owner.$ref === 'string') return;
    const value = owner[key];
    const verdict = checkSpecUrl(value, kind);
    if (verdict.ok) return;
    report(value, verdict.scheme, what, [...tokens, key]);
    delete owner[key];
  };
  /** An External Documentation Object is nothing without its URL: it goes with it. */
  const checkDocs = (owner: unknown, tokens: Tokens) => {
    if (!isObject(owner) || !isObject(owner.externalDocs)) return;
    checkField(owner.externalDocs, 'url', 'link', 'externalDocs.url', [...tokens, 'externalDocs']);
    if (owner.externalDocs.url === undefined && owner.externalDocs.$ref === undefined) delete owner.externalDocs;
  };
  const checkServers = (owner: unknown, key: string, tokens: Tokens) => {
    if (!isObject(owner) || !Array.isArray(owner[key])) return;
    const list = owner[key] as unknown[];
    const kept = list.filter((server, i) => serverIsSafe(server, [...tokens, key, String(i)]));
    if (kept.length !== list.length) owner[key] = kept;
  };
  const serverIsSafe = (server: unknown, tokens: Tokens): boolean => {
    if (!isObject(server) || typeof server.url !== 'string') return true;
    for (const url of expansions(server)) {
      const verdict = checkSpecUrl(url, 'server');
      if (verdict.ok) continue;
      report(url, verdict.scheme, url === server.url ? 'Server URL' : `Server URL ${shown(server.url)}, expanded to`, [...tokens, 'url']);
      return false;
    }
    return true;
  };

  const info = isObject(doc.info) ? doc.info : undefined;
  checkField(info, 'termsOfService', 'link', 'info.termsOfService', ['info']);
  checkField(info?.contact, 'url', 'link', 'info.contact.url', ['info', 'contact']);
  checkField(info?.license, 'url', 'link', 'info.license.url', ['info', 'license']);
  // Redoc's logo extension: an image source and the link around it.
  checkField(info?.['x-logo'], 'url', 'link', 'info.x-logo.url', ['info', 'x-logo']);
  checkField(info?.['x-logo'], 'href', 'link', 'info.x-logo.href', ['info', 'x-logo']);
  checkDocs(doc, []);
  checkServers(doc, 'servers', []);
  (Array.isArray(doc.tags) ? doc.tags : []).forEach((tag, i) => checkDocs(tag, ['tags', String(i)]));

  const checkLinks = (links: unknown, tokens: Tokens) => {
    for (const [name, link] of Object.entries(isObject(links) ? links : {})) {
      if (isObject(link) && isObject(link.server)) {
        const safe = serverIsSafe(link.server, [...tokens, name, 'server']);
        if (!safe) delete link.server;
      }
    }
  };
  walkOpenApi(doc, {
    schema: (schema, tokens) => checkDocs(schema, tokens),
    pathItem: (item, tokens) => checkServers(item, 'servers', tokens),
    operation: (op, tokens) => {
      checkDocs(op, tokens);
      checkServers(op, 'servers', tokens);
    },
    response: (response, tokens) => checkLinks(response.links, [...tokens, 'links']),
  });

  const components = isObject(doc.components) ? doc.components : {};
  checkLinks(components.links, ['components', 'links']);
  for (const [name, scheme] of Object.entries(isObject(components.securitySchemes) ? components.securitySchemes : {})) {
    const tokens = ['components', 'securitySchemes', name];
    checkField(scheme, 'openIdConnectUrl', 'link', 'openIdConnectUrl', tokens);
    if (!isObject(scheme) || !isObject(scheme.flows)) continue;
    for (const flow of FLOWS) {
      for (const key of FLOW_URLS) checkField(scheme.flows[flow], key, 'link', `flows.${flow}.${key}`, [...tokens, 'flows', flow]);
    }
  }
  return issues;
}

/**
 * The URLs a server template can become. Only a variable at the very start can change the
 * scheme (`{scheme}://host`), so that one is tried with its default and every enum value.
 */
function expansions(server: Obj): string[] {
  const url = server.url as string;
  const variables = isObject(server.variables) ? server.variables : {};
  const valuesOf = (name: string): string[] => {
    const v = variables[name];
    if (!isObject(v)) return [];
    return [v.default, ...(Array.isArray(v.enum) ? v.enum : [])].filter((x) => x !== undefined).map(String);
  };
  const withDefaults = (text: string) => text.replace(/\{([^}]+)\}/g, (whole, name: string) => valuesOf(name)[0] ?? whole);
  const lead = /^\s*\{([^}]+)\}/.exec(url);
  if (!lead) return [url];
  const rest = withDefaults(url.slice(lead[0].length));
  const values = valuesOf(lead[1]);
  return values.length > 0 ? [url, ...values.map((value) => value + rest)] : [url];
}
