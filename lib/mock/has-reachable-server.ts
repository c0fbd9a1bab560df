import type { Server } from '../openapi/types';

// Reserved for documentation and tests (RFC 2606, RFC 6761): nothing answers there.
const PLACEHOLDER_DOMAINS = ['example.com', 'example.net', 'example.org'];
const PLACEHOLDER_TLDS = ['example', 'invalid', 'test', 'localhost'];

/**
 * Whether a server URL can answer a reader of a static portal: not relative (a static host has
 * no API beside the pages) and not a documentation placeholder such as `api.example.com`.
 * Loopback counts as reachable: a local demo API (the default portal's) answers there.
 */
export function isReachableServerUrl(url: string): boolean {
  // An unfilled `{host}` variable names no host at all.
  if (/[{}]/.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (PLACEHOLDER_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))) return false;
  const tld = host.split('.').pop() ?? '';
  return !(host.includes('.') && PLACEHOLDER_TLDS.includes(tld));
}

/** Whether any server (variables at their defaults) looks reachable; when none does, the console starts in mock mode. */
export function hasReachableServer(servers: Server[]): boolean {
  return servers.some((server) => isReachableServerUrl(server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => server.variables[name]?.default ?? whole)));
}
