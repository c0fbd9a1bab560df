/**
 * Whether a target host may be reached through the proxy. Entries are host
 * names or IPs (`api.example.com`, `[::1]`), optionally with a port
 * (`localhost:4010`), and may start with `*.` or contain `*` for one DNS label
 * (`*.example.com`, from a `{tenant}` server variable without an enum).
 * An entry without a port allows only the default ports 80 and 443.
 */
export function isHostAllowed(target: URL, allowedHosts: readonly string[]): boolean {
  const hostname = target.hostname.toLowerCase();
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  return allowedHosts.some((entry) => {
    const parsed = parseEntry(entry);
    if (!parsed) return false;
    if (parsed.port ? parsed.port !== port : port !== '80' && port !== '443') return false;
    if (!parsed.hostname.includes('*')) return parsed.hostname === hostname;
    const pattern = parsed.hostname
      .split('*')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[a-z0-9-]+');
    return new RegExp(`^${pattern}$`).test(hostname);
  });
}

function parseEntry(entry: string): { hostname: string; port?: string } | undefined {
  const text = entry.trim().toLowerCase();
  if (text === '') return undefined;
  const bracket = /^(\[[^\]]+\])(?::(\d+))?$/.exec(text);
  if (bracket) return { hostname: bracket[1], port: bracket[2] };
  const hostPort = /^([^:]+)(?::(\d+))?$/.exec(text);
  if (hostPort) return { hostname: hostPort[1], port: hostPort[2] };
  // An unbracketed IPv6 address.
  return { hostname: `[${text}]` };
}
