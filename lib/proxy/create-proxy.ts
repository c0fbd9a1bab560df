import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { classifyAddress, isIpLiteral } from './classify-address';
import { corsHeaders, isOriginAllowed, isPreflight, preflightHeaders } from './cors';
import { filterRequestHeaders, filterResponseHeaders } from './filter-headers';
import { forwardRequest } from './forward-request';
import { isHostAllowed } from './match-host';
import { PROXY_ERROR_HEADER, sendProxyError, type ProxyError } from './proxy-error';
import { rewriteLocation } from './rewrite-location';
import { NOSNIFF, UPSTREAM_SANDBOX } from './safe-response-headers';

export interface ProxyOptions {
  /** Hosts (`host[:port]`, `*.example.com`) requests may go to; see `isHostAllowed`. */
  allowedHosts: string[];
  /**
   * Reach private, loopback, link-local and other non-public addresses (a local API in development).
   * @default false
   */
  allowPrivate?: boolean;
  /** @default 10 MiB, for the request and the response body each */
  maxBodyBytes?: number;
  /** @default 30000, from the request's arrival to the end of the upstream response */
  timeoutMs?: number;
  /** Portal origins allowed to call the proxy (`https://docs.example.com`); no other browser origin is answered. */
  allowedOrigins?: string[];
  /** Answer any origin but `null`; for a loopback-bound development proxy only. @default false */
  allowAnyOrigin?: boolean;
  /**
   * The proxy's address as browsers reach it (`https://proxy.example.com`), used in rewritten
   * redirects. @default none: redirects are root-relative, resolved by the browser.
   */
  publicUrl?: string;
  /** Requests handled at once; more are answered 503. @default 32 */
  maxConcurrent?: number;
}

const DEFAULT_MAX_BODY = 10 * 1024 * 1024;
const DEFAULT_TIMEOUT = 30_000;
// Each request may buffer up to twice maxBodyBytes: 32 x 20 MiB bounds memory at ~640 MiB by default.
export const DEFAULT_MAX_CONCURRENT = 32;

/**
 * `/<absolute upstream URL>` -> the URL. `/https:/x` (a client that collapsed
 * the double slash) is accepted too.
 */
export function parseTarget(requestUrl: string): URL | undefined {
  const raw = requestUrl.replace(/^\/+/, '').replace(/^(https?):\/*/i, '$1://');
  if (!/^https?:\/\//i.test(raw)) return undefined;
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

async function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const USAGE = {
  name: 'portico proxy',
  usage: 'Send requests to /<absolute API URL>, e.g. /https://api.example.com/v1/pets?limit=10',
};

/**
 * The optional CORS proxy for the try-it console. It forwards only to allowed
 * hosts, refuses non-public addresses (checked after DNS resolution) unless
 * `allowPrivate`, strips cookies and hop-by-hop headers both ways, caps body
 * sizes (413/502), time (504) and concurrent requests (503), answers CORS only
 * for the portal origins it is given (never `null`), serves upstream bodies
 * sandboxed (`UPSTREAM_SANDBOX`) and does not follow redirects (see
 * `rewriteLocation`). Errors are JSON: `{"error":{"code","message","hint"}}`.
 * Returns a server that is not yet listening.
 */
export function createProxy(options: ProxyOptions): http.Server {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT;
  const allowPrivate = options.allowPrivate ?? false;
  const maxConcurrent = options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT;
  let inFlight = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    const originAllowed = isOriginAllowed(origin, options);
    const errorCors = originAllowed ? corsHeaders(origin, [PROXY_ERROR_HEADER]) : {};
    const fail = (error: ProxyError, extra: Record<string, string> = {}) => sendProxyError(res, error, { ...errorCors, ...extra });

    if (!originAllowed) {
      return fail({
        code: 'origin-not-allowed',
        message: `origin ${origin} may not use this proxy`,
        hint: origin === 'null' ? 'Pages with a null origin (sandboxed frames, file:) are never served; open the portal over http(s).' : 'Start the proxy with --allow-origin <portal origin>.',
      });
    }
    if (isPreflight(req)) {
      res.writeHead(204, { ...preflightHeaders(req), ...NOSNIFF });
      res.end();
      return;
    }
    if (req.url === '/' || req.url === '') {
      const body = JSON.stringify({ ...USAGE, allowedHosts: options.allowedHosts });
      res.writeHead(200, { ...corsHeaders(origin), ...NOSNIFF, 'content-type': 'application/json; charset=utf-8' });
      res.end(body);
      return;
    }
    const target = parseTarget(req.url ?? '');
    if (!target) {
      return fail({ code: 'bad-target', message: 'the path must be an absolute http(s) URL', hint: USAGE.usage });
    }
    if (target.username || target.password) {
      return fail({ code: 'bad-target', message: 'URLs with credentials are not forwarded', hint: 'Send credentials in a header instead.' });
    }
    if (!isHostAllowed(target, options.allowedHosts)) {
      return fail({
        code: 'host-not-allowed',
        message: `${target.host} is not one of the hosts this proxy forwards to`,
        hint: `Allowed: ${options.allowedHosts.join(', ') || '(none)'}. Add it with --allow-host or to a spec's servers.`,
      });
    }
    if (isIpLiteral(target.hostname) && !allowPrivate) {
      const address = classifyAddress(target.hostname);
      if (!address.public) {
        return fail({
          code: 'private-address',
          message: `${target.hostname} is a ${address.range} address, which the proxy does not reach`,
          hint: 'Start the proxy with --allow-private to reach private, loopback or link-local addresses.',
        });
      }
    }

    if (inFlight >= maxConcurrent) {
      res.setHeader('connection', 'close');
      return fail(
        { code: 'proxy-busy', message: `the proxy is already handling ${maxConcurrent} requests`, hint: 'Retry in a moment; the operator can raise --max-concurrent.' },
        { 'retry-after': '1' },
      );
    }
    inFlight += 1;
    try {
      await relay(req, res, target, origin, fail);
    } finally {
      inFlight -= 1;
    }
  }

  async function relay(req: IncomingMessage, res: ServerResponse, target: URL, origin: string | undefined, fail: (error: ProxyError) => void): Promise<void> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const timedOut: ProxyError = { code: 'upstream-timeout', message: `no complete answer from ${target.host} within ${timeoutMs} ms`, hint: 'Check the API server, or retry.' };
    const body = await Promise.race([readBody(req, maxBodyBytes), new Promise<'timeout'>((r) => timeout.addEventListener('abort', () => r('timeout')))]);
    if (body === 'timeout') return fail(timedOut);
    if (!body) {
      res.setHeader('connection', 'close');
      return fail({ code: 'request-too-large', message: `the request body is larger than ${maxBodyBytes} bytes`, hint: 'Send a smaller body.' });
    }

    const method = (req.method ?? 'GET').toUpperCase();
    const result = await forwardRequest(target, { method, headers: filterRequestHeaders(req.headers), body, allowPrivate, maxBodyBytes, signal: timeout });
    if (!result.ok) return fail(timeout.aborted ? timedOut : result.error);

    const headers = filterResponseHeaders(result.response.headers);
    if (typeof headers.location === 'string') {
      const location = rewriteLocation(headers.location, target, options.publicUrl);
      if (location === undefined) delete headers.location;
      else headers.location = location;
    }
    if (method === 'HEAD' && result.response.headers['content-length']) headers['content-length'] = result.response.headers['content-length'];
    else headers['content-length'] = String(result.response.body.length);
    res.writeHead(result.response.status, { ...headers, ...UPSTREAM_SANDBOX, ...corsHeaders(origin, Object.keys(headers)) });
    res.end(method === 'HEAD' ? undefined : result.response.body);
  }

  return http.createServer((req, res) => {
    handle(req, res).catch(() => {
      sendProxyError(res, { code: 'upstream-unreachable', message: 'the proxy failed to forward the request', hint: 'Retry; if it persists, report it with the proxy output.' });
    });
  });
}
