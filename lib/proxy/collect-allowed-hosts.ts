import type { Server } from '../openapi/types';

const MARKER = 'portico-var-0';
const MAX_COMBINATIONS = 64;

function combinations(server: Server): Array<Record<string, string>> {
  let out: Array<Record<string, string>> = [{}];
  for (const [name, variable] of Object.entries(server.variables)) {
    const values = variable.enum && variable.enum.length > 0 ? variable.enum : [MARKER];
    out = out.flatMap((combo) => values.map((value) => ({ ...combo, [name]: value }))).slice(0, MAX_COMBINATIONS);
  }
  return out;
}

/**
 * The hosts (`host[:port]`) the proxy may forward to for a set of servers.
 * Variables with an enum expand to each value; a free variable in the host
 * name becomes a one-label wildcard (`{tenant}.api.io` -> `*.api.io`), elsewhere
 * its default is used. Relative server URLs (same origin as the portal) add nothing.
 */
export function collectAllowedHosts(servers: readonly Server[]): string[] {
  const hosts = new Set<string>();
  for (const server of servers) {
    for (const combo of combinations(server)) {
      const withMarkers = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => combo[name] ?? server.variables[name]?.default ?? whole);
      const host = hostOf(withMarkers) ?? hostOf(server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => server.variables[name]?.default ?? whole));
      if (host) hosts.add(host.split(MARKER).join('*'));
    }
  }
  return [...hosts];
}

function hostOf(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}
