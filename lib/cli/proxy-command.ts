import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parsePortalConfig, resolveApiEntries } from '../content/portal-config';
import { loadApi } from '../openapi/load-api';
import type { Server } from '../openapi/types';
import { classifyAddress, isIpLiteral } from '../proxy/classify-address';
import { collectAllowedHosts } from '../proxy/collect-allowed-hosts';
import { createProxy } from '../proxy/create-proxy';
import { processIo, type CliIo, type Command } from './command';
import { displayPath, formatProblem } from './format-problems';

const DEFAULT_PORT = 8787;

const USAGE = `Usage: portico proxy [options]

A CORS proxy for the try-it console, for APIs that do not send CORS headers.
Requests go to http://<host>:<port>/<absolute API URL>, for example
  http://localhost:${DEFAULT_PORT}/https://api.example.com/v1/pets?limit=10
Point the portal at it with "tryIt": { "proxyUrl": "http://localhost:${DEFAULT_PORT}" }
in portal.config.json.

It forwards only to the hosts of the configured specs' servers (and --allow-host),
never to private or loopback addresses unless --allow-private, and never forwards cookies.

Options:
  --config <file>        portal.config.json: allow the server hosts of every configured API
  --allow-host <host>    also allow this host[:port] or *.domain (repeatable)
  --allow-origin <url>   only answer this portal origin (repeatable; default: any origin)
  --allow-private        allow private, loopback and link-local targets (local development)
  --port <n>             port to listen on (default ${DEFAULT_PORT})
  --host <address>       address to listen on (default 127.0.0.1)
  --max-body-bytes <n>   request and response body limit (default 10485760)
  --timeout-ms <n>       upstream time limit (default 30000)
`;

export interface ProxySettings {
  port: number;
  host: string;
  allowedHosts: string[];
  allowedOrigins?: string[];
  allowPrivate: boolean;
  maxBodyBytes?: number;
  timeoutMs?: number;
}

type Parsed = { ok: true; settings: ProxySettings } | { ok: false; message: string };

function positiveInt(value: string | undefined, flag: string): number | undefined | Error {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : new Error(`${flag} must be a whole number, got "${value}"`);
}

/** Hosts of every server a spec names: API-level, path-level and operation-level. */
async function hostsFromConfig(configPath: string, io: CliIo): Promise<string[] | Error> {
  let text: string;
  try {
    text = fs.readFileSync(configPath, 'utf8');
  } catch {
    return new Error(`${displayPath(configPath, io.cwd)}: cannot be read (does the file exist?)`);
  }
  let entries;
  try {
    entries = resolveApiEntries(parsePortalConfig(text, configPath), path.dirname(configPath));
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
  const servers: Server[] = [];
  for (const entry of entries) {
    const result = await loadApi(entry.specPath);
    if (!result.model) {
      const first = result.problems.find((p) => p.severity === 'error');
      io.stderr(`portico proxy: skipping API "${entry.id}": ${first ? formatProblem(first, io.cwd) : 'it could not be loaded'}\n`);
      continue;
    }
    servers.push(...result.model.servers);
    for (const operation of [...result.model.operations, ...result.model.webhooks]) servers.push(...(operation.servers ?? []));
  }
  return collectAllowedHosts(servers);
}

/** Reads the command line into proxy settings; `--config` specs are loaded here. */
export async function parseProxyArgs(argv: string[], io: CliIo): Promise<Parsed> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        config: { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
        'allow-origin': { type: 'string', multiple: true },
        'allow-private': { type: 'boolean' },
        port: { type: 'string' },
        host: { type: 'string' },
        'max-body-bytes': { type: 'string' },
        'timeout-ms': { type: 'string' },
      },
    }));
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const port = positiveInt(values.port, '--port') ?? DEFAULT_PORT;
  const maxBodyBytes = positiveInt(values['max-body-bytes'], '--max-body-bytes');
  const timeoutMs = positiveInt(values['timeout-ms'], '--timeout-ms');
  for (const n of [port, maxBodyBytes, timeoutMs]) if (n instanceof Error) return { ok: false, message: n.message };
  const allowedHosts = [...(values['allow-host'] ?? [])];
  if (values.config) {
    const fromConfig = await hostsFromConfig(path.resolve(io.cwd, values.config), io);
    if (fromConfig instanceof Error) return { ok: false, message: fromConfig.message };
    allowedHosts.push(...fromConfig);
  }
  if (allowedHosts.length === 0) {
    return { ok: false, message: 'no hosts to forward to; pass --config <portal.config.json> (its specs need absolute server URLs) or --allow-host <host>' };
  }
  return {
    ok: true,
    settings: {
      port: port as number,
      host: values.host ?? '127.0.0.1',
      allowedHosts: [...new Set(allowedHosts)],
      allowedOrigins: values['allow-origin'],
      allowPrivate: values['allow-private'] ?? false,
      maxBodyBytes: maxBodyBytes as number | undefined,
      timeoutMs: timeoutMs as number | undefined,
    },
  };
}

/** Starts the proxy and resolves once it listens. */
export function startProxy(settings: ProxySettings): Promise<{ server: http.Server; port: number }> {
  const server = createProxy(settings);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => resolve({ server, port: (server.address() as AddressInfo).port }));
  });
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
    io.stdout(
      `Portico proxy on http://${settings.host}:${started.port}\n` +
        `  forwards to: ${settings.allowedHosts.join(', ')}\n` +
        `  origins: ${settings.allowedOrigins?.join(', ') ?? 'any'}${settings.allowPrivate ? '\n  private addresses: allowed' : ''}\n`,
    );
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
