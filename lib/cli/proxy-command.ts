import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { classifyAddress, isIpLiteral } from '../proxy/classify-address';
import { createProxy, DEFAULT_MAX_CONCURRENT } from '../proxy/create-proxy';
import { processIo, type CliIo, type Command } from './command';
import { DEFAULT_PROXY_PORT, parseProxyArgs, type ProxySettings } from './proxy-args';

export { parseProxyArgs, type ProxySettings } from './proxy-args';

const USAGE = `Usage: portico proxy --allow-origin <portal origin> [options]

A CORS proxy for the try-it console, for APIs that do not send CORS headers.
Requests go to http://<host>:<port>/<absolute API URL>, for example
  http://localhost:${DEFAULT_PROXY_PORT}/https://api.example.com/v1/pets?limit=10
Point the portal at it with "tryIt": { "proxyUrl": "http://localhost:${DEFAULT_PROXY_PORT}" }
in portal.config.json.

It forwards only to the hosts of the configured specs' servers (and --allow-host),
never to private or loopback addresses unless --allow-private, never forwards cookies,
answers only the portal origins named with --allow-origin (never "null"), and hands
redirects to other hosts back to the browser as they are (so credentials stay behind).

Options:
  --config <file>        portal.config.json: allow the server hosts of every configured API
  --allow-host <host>    also allow this host[:port] or *.domain (repeatable)
  --allow-origin <url>   the portal origin to answer, e.g. https://docs.example.com (repeatable; required)
  --allow-any-origin     UNSAFE: answer every origin but "null", so any page you visit can use
                         the proxy; only with a loopback --host, for local development
  --allow-private        allow private, loopback and link-local targets (local development)
  --public-url <url>     the proxy's address as browsers reach it, for rewritten redirects
                         (default: root-relative redirects, resolved by the browser)
  --port <n>             port to listen on (default ${DEFAULT_PROXY_PORT})
  --host <address>       address to listen on (default 127.0.0.1)
  --max-body-bytes <n>   request and response body limit (default 10485760)
  --timeout-ms <n>       upstream time limit (default 30000)
  --max-concurrent <n>   requests handled at once; more get 503 (default ${DEFAULT_MAX_CONCURRENT})
`;

/** Starts the proxy and resolves once it listens. */
export function startProxy(settings: ProxySettings): Promise<{ server: http.Server; port: number }> {
  const server = createProxy(settings);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve({ server, port: (server.address() as AddressInfo).port }));
  });
}

function describeStart(settings: ProxySettings, port: number): string {
  const shownHost = isIpLiteral(settings.host) && settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  const lines = [
    `Portico proxy on http://${shownHost}:${port}`,
    `  forwards to: ${settings.allowedHosts.join(', ')}`,
    `  origins: ${settings.allowAnyOrigin ? 'any but null (--allow-any-origin: any page you visit can use this proxy)' : (settings.allowedOrigins ?? []).join(', ')}`,
    `  redirects: ${settings.publicUrl ? `via ${settings.publicUrl}` : 'root-relative'}`,
  ];
  if (settings.allowPrivate) lines.push('  private addresses: allowed');
  return `${lines.join('\n')}\n`;
}

export const proxyCommand: Command = {
  name: 'proxy',
  summary: 'Run a CORS proxy so the try-it console can call APIs without CORS headers',
  usage: USAGE,
  async run(argv: string[], io: CliIo = processIo()): Promise<number> {
    const parsed = await parseProxyArgs(argv, io);
    if (!parsed.ok) {
      io.stderr(`portico proxy: ${parsed.message}\n\n${USAGE}`);
      return 1;
    }
    const { settings } = parsed;
    let started;
    try {
      started = await startProxy(settings);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const hint = code === 'EADDRINUSE' ? ` (port ${settings.port} is in use; pick another with --port)` : '';
      io.stderr(`portico proxy: cannot listen on ${settings.host}:${settings.port}: ${(error as Error).message}${hint}\n`);
      return 1;
    }
    const local = settings.allowedHosts.filter((h) => {
      const hostname = h.replace(/:\d+$/, '');
      return hostname === 'localhost' || (isIpLiteral(hostname) && !classifyAddress(hostname).public);
    });
    if (local.length > 0 && !settings.allowPrivate) {
      io.stderr(`portico proxy: note: ${local.join(', ')} ${local.length === 1 ? 'is a private address' : 'are private addresses'}; requests there are refused unless you add --allow-private\n`);
    }
    if (settings.allowAnyOrigin && settings.allowPrivate) {
      io.stderr('portico proxy: warning: --allow-any-origin with --allow-private lets any page you visit reach the allowed local APIs through this proxy\n');
    }
    io.stdout(describeStart(settings, started.port));
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        started.server.closeAllConnections();
        started.server.close(() => resolve());
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    return 0;
  },
};
