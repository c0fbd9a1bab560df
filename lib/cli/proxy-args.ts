import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parsePortalConfig, resolveApiEntries } from '../content/portal-config';
import { loadApi } from '../openapi/load-api';
import type { Server } from '../openapi/types';
import { isWebUrl } from '../openapi/url-policy';
import { classifyAddress, isIpLiteral } from '../proxy/classify-address';
import { collectAllowedHosts } from '../proxy/collect-allowed-hosts';
import { normalizeOrigin } from '../proxy/cors';
import type { CliIo } from './command';
import { displayPath, formatProblem } from './format-problems';

export const DEFAULT_PROXY_PORT = 8787;

export interface ProxySettings {
  port: number;
  host: string;
  allowedHosts: string[];
  allowedOrigins?: string[];
  allowAnyOrigin?: boolean;
  allowPrivate: boolean;
  publicUrl?: string;
  maxBodyBytes?: number;
  timeoutMs?: number;
  maxConcurrent?: number;
}

type Parsed = { ok: true; settings: ProxySettings } | { ok: false; message: string };

function wholeNumber(value: string | undefined, flag: string, min = 0): number | undefined | Error {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : new Error(`${flag} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, got "${value}"`);
}

/** `localhost`, 127.0.0.0/8 or ::1: only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  if (host.toLowerCase() === 'localhost') return true;
  return isIpLiteral(host) && classifyAddress(host).range === 'loopback';
}

/** `host[:port]`, an IP, or `*.example.com` (one leading wildcard label before at least two fixed labels). */
function checkAllowHost(entry: string): string | undefined {
  if (isIpLiteral(entry)) return undefined;
  const hostname = entry.replace(/^\[[^\]]*\]/, 'ip6').replace(/:\d+$/, '');
  if (!/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(hostname)) return `--allow-host "${entry}" is not a host[:port] or *.domain entry`;
  if (hostname.startsWith('*.') && hostname.split('.').length < 3) return `--allow-host "${entry}" is too broad; name at least two labels after "*." (e.g. *.api.example.com)`;
  return undefined;
}

function checkOrigins(values: string[]): string[] | Error {
  const origins: string[] = [];
  for (const value of values) {
    if (value.trim() === '*') return new Error('--allow-origin "*" is not accepted; name each portal origin, or use --allow-any-origin for a proxy bound to loopback');
    if (value.trim().toLowerCase() === 'null') {
      return new Error('--allow-origin null is not accepted: sandboxed frames and file: pages all send "null", so it would admit any of them');
    }
    const origin = normalizeOrigin(value);
    if (!origin) return new Error(`--allow-origin "${value}" is not an origin; give scheme, host and port only, e.g. https://docs.example.com`);
    origins.push(origin);
  }
  return origins;
}

function checkPublicUrl(value: string): string | Error {
  const problem = `--public-url "${value}" must be the proxy's absolute http(s) address as browsers reach it, e.g. https://proxy.example.com`;
  if (!isWebUrl(value)) return new Error(problem);
  const url = new URL(value.trim());
  if (url.username || url.password || url.search || url.hash) return new Error(`${problem} (no credentials, query or fragment)`);
  return url.href.replace(/\/+$/, '');
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
    const result = await loadApi(entry.specPath, { refRoots: entry.contentDir ? [entry.contentDir] : [] });
    if (!result.model) {
      const first = result.problems.find((p) => p.severity === 'error');
      io.stderr(`portico proxy: skipping API "${entry.id}": ${first ? formatProblem(first, io.cwd) : 'it could not be loaded'}\n`);
      continue;
    }
    servers.push(...result.model.servers);
    for (const operation of [...result.model.operations, ...result.model.webhooks]) servers.push(...(operation.servers ?? []));
  }
  const { hosts, skipped } = collectAllowedHosts(servers);
  for (const server of skipped) {
    io.stderr(`portico proxy: note: server ${server.url} adds no host (${server.reason}); name its hosts with --allow-host if the console needs them\n`);
  }
  return hosts;
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
        'allow-any-origin': { type: 'boolean' },
        'allow-private': { type: 'boolean' },
        'public-url': { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'max-body-bytes': { type: 'string' },
        'timeout-ms': { type: 'string' },
        'max-concurrent': { type: 'string' },
      },
    }));
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const port = wholeNumber(values.port, '--port') ?? DEFAULT_PROXY_PORT;
  const maxBodyBytes = wholeNumber(values['max-body-bytes'], '--max-body-bytes');
  const timeoutMs = wholeNumber(values['timeout-ms'], '--timeout-ms');
  const maxConcurrent = wholeNumber(values['max-concurrent'], '--max-concurrent', 1);
  for (const n of [port, maxBodyBytes, timeoutMs, maxConcurrent]) if (n instanceof Error) return { ok: false, message: n.message };
  const host = values.host ?? '127.0.0.1';

  const origins = checkOrigins(values['allow-origin'] ?? []);
  if (origins instanceof Error) return { ok: false, message: origins.message };
  const allowAnyOrigin = values['allow-any-origin'] ?? false;
  if (allowAnyOrigin && !isLoopbackHost(host)) {
    return { ok: false, message: `--allow-any-origin lets any web page use the proxy, so it only works with a loopback --host (127.0.0.1, ::1, localhost), not ${host}; name the portal with --allow-origin instead` };
  }
  if (origins.length === 0 && !allowAnyOrigin) {
    return { ok: false, message: 'no portal origin to answer; pass --allow-origin <portal origin> (e.g. --allow-origin http://localhost:3000), repeatable' };
  }
  const publicUrl = values['public-url'] === undefined ? undefined : checkPublicUrl(values['public-url']);
  if (publicUrl instanceof Error) return { ok: false, message: publicUrl.message };

  const allowedHosts = [...(values['allow-host'] ?? [])];
  for (const entry of allowedHosts) {
    const problem = checkAllowHost(entry);
    if (problem) return { ok: false, message: problem };
  }
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
      host,
      allowedHosts: [...new Set(allowedHosts)],
      ...(origins.length > 0 ? { allowedOrigins: origins } : {}),
      allowAnyOrigin,
      allowPrivate: values['allow-private'] ?? false,
      publicUrl,
      maxBodyBytes: maxBodyBytes as number | undefined,
      timeoutMs: timeoutMs as number | undefined,
      maxConcurrent: maxConcurrent as number | undefined,
    },
  };
}
