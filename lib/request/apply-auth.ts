import type { SecurityRequirement, SecurityScheme } from '../openapi/types';
import type { AuthValue, AuthValues, NameValue } from './types';
import { encodeValue } from './encode-parameter';

export interface AppliedAuth {
  headers: NameValue[];
  query: NameValue[];
  cookies: NameValue[];
  /** The requirement that was applied, or undefined when none could be satisfied. */
  requirement?: SecurityRequirement;
}

function secretOf(value: AuthValue | undefined): string {
  if (!value) return '';
  if (value.kind === 'apiKey') return value.value;
  if (value.kind === 'token') return value.token;
  return value.username || value.password ? 'x' : '';
}

function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function canApply(scheme: SecurityScheme | undefined, value: AuthValue | undefined): boolean {
  if (!scheme || scheme.type === 'mutualTLS') return false;
  if (scheme.type === 'http' && scheme.scheme.toLowerCase() === 'basic') return value?.kind === 'basic' && secretOf(value) !== '';
  return value !== undefined && value.kind !== 'basic' && secretOf(value) !== '';
}

/**
 * Applies the first requirement whose schemes all have credentials. The empty
 * requirement (`{}`, "auth optional") is only used when nothing else is
 * satisfiable, so a token the user typed is not silently dropped.
 */
export function applyAuth(
  requirements: SecurityRequirement[],
  schemes: Record<string, SecurityScheme>,
  auth: AuthValues,
): AppliedAuth {
  const result: AppliedAuth = { headers: [], query: [], cookies: [] };
  const chosen = requirements.find(
    (req) => Object.keys(req).length > 0 && Object.keys(req).every((name) => canApply(schemes[name], auth[name])),
  );
  if (!chosen) return result;
  result.requirement = chosen;
  for (const name of Object.keys(chosen)) {
    const scheme = schemes[name];
    const value = auth[name];
    if (!scheme || !value) continue;
    if (scheme.type === 'apiKey') {
      const secret = secretOf(value);
      if (scheme.in === 'header') result.headers.push({ name: scheme.name, value: secret, secret: true });
      if (scheme.in === 'query') result.query.push({ name: encodeValue(scheme.name, false), value: encodeValue(secret, false), secret: true });
      if (scheme.in === 'cookie') result.cookies.push({ name: encodeValue(scheme.name, false), value: encodeValue(secret, false), secret: true });
    } else if (scheme.type === 'http' && value.kind === 'basic') {
      result.headers.push({ name: 'Authorization', value: `Basic ${base64Utf8(`${value.username}:${value.password}`)}`, secret: true });
    } else if (scheme.type === 'http') {
      const label = scheme.scheme.toLowerCase() === 'bearer' ? 'Bearer' : scheme.scheme;
      result.headers.push({ name: 'Authorization', value: `${label} ${secretOf(value)}`, secret: true });
    } else if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') {
      result.headers.push({ name: 'Authorization', value: `Bearer ${secretOf(value)}`, secret: true });
    }
  }
  return result;
}
