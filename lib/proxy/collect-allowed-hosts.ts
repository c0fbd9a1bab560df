import type { Server } from '../openapi/types';

const MAX_COMBINATIONS = 64;
const VARIABLE = /\{([^}]+)\}/g;
// What a value may be when it lands in the host or port: a DNS name, an IP or a port, never a pattern.
const AUTHORITY_VALUE = /^[A-Za-z0-9.-]+$/;
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d+)?$/;

export interface SkippedServer {
  url: string;
  reason: string;
}

export interface AllowedHosts {
  /** `host[:port]` entries for `isHostAllowed`; never a wildcard. */
  hosts: string[];
  /** Absolute server URLs that gave no host, with why (to tell the user to add it with --allow-host). */
  skipped: SkippedServer[];
}

/** Each variable's values: its enum, plus the default (a spec may forget to list it in the enum). */
function combinations(server: Server): Array<Record<string, string>> {
  let out: Array<Record<string, string>> = [{}];
  for (const [name, variable] of Object.entries(server.variables)) {
    const values = [...new Set([...(variable.enum ?? []), variable.default])];
    out = out.flatMap((combo) => values.map((value) => ({ ...combo, [name]: value }))).slice(0, MAX_COMBINATIONS);
  }
  return out;
}

/** Variables written in the scheme/host/port part of the template, where a value decides where requests go. */
function authorityVariables(url: string): Set<string> {
  const authority = /^[^/]*\/\/[^/?#]*/.exec(url)?.[0] ?? '';
  return new Set([...authority.matchAll(VARIABLE)].map((m) => m[1]));
}

/**
 * The hosts (`host[:port]`) the proxy may forward to for a set of servers.
 * Variables expand to their `enum` values and `default` only: a variable is
 * never widened to a wildcard, so `https://{tenant}.api.io` allows exactly the
 * tenants the spec names. Relative server URLs (same origin as the portal) add
 * nothing; absolute ones that cannot be expanded to a plain host are reported in `skipped`.
 */
export function collectAllowedHosts(servers: readonly Server[]): AllowedHosts {
  const hosts = new Set<string>();
  const skipped: SkippedServer[] = [];
  for (const server of servers) {
    if (!/^(https?:|\{[^}]+\}:)?\/\//i.test(server.url)) continue;
    const inAuthority = authorityVariables(server.url);
    const reasons = new Set<string>();
    for (const combo of combinations(server)) {
      let bad: string | undefined;
      const expanded = server.url.replace(VARIABLE, (whole, name: string) => {
        const value = combo[name];
        if (value === undefined) bad ??= `the variable {${name}} is not declared`;
        else if (inAuthority.has(name) && !AUTHORITY_VALUE.test(value)) bad ??= `{${name}} = "${value}" is not a host name or port`;
        return value ?? whole;
      });
      const host = bad ? undefined : hostOf(expanded);
      if (host) hosts.add(host);
      else reasons.add(bad ?? `${expanded} has no plain http(s) host`);
    }
    if (reasons.size > 0) skipped.push({ url: server.url, reason: [...reasons].join('; ') });
  }
  return { hosts: [...hosts], skipped };
}

function hostOf(url: string): string | undefined {
  if (!/^https?:\/\//i.test(url)) return undefined;
  try {
    const host = new URL(url).host.toLowerCase();
    return HOST.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}
