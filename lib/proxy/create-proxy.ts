import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { classifyAddress, isIpLiteral } from './classify-address';
import { corsHeaders, isOriginAllowed, isPreflight, preflightHeaders } from './cors';
import { filterRequestHeaders, filterResponseHeaders } from './filter-headers';
import { forwardRequest } from './forward-request';
import { isHostAllowed } from './match-host';
import { PROXY_ERROR_HEADER, sendProxyError, type ProxyError } from './proxy-error';

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
  /** Portal origins allowed to call the proxy (`https://docs.example.com`); undefined or `*` allows any. */
  allowedOrigins?: string[];
}

const DEFAULT_MAX_BODY = 10 * 1024 * 1024;
const DEFAULT_TIMEOUT = 30_000;

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

/** Keeps redirects inside the proxy when they stay on an allowed host; others go back to the browser unchanged. */
function rewriteLocation(location: string, target: URL, proxyOrigin: string, allowedHosts: string[]): string {
  try {
    const next = new URL(location, target);
    return isHostAllowed(next, allowedHosts) ? `${proxyOrigin}/${next.href}` : location;
  } catch {
    return location;
  }
}

const USAGE = {
  name: 'portico proxy',
  usage: 'Send requests to /<absolute API URL>, e.g. /https://api.example.com/v1/pets?limit=10',
};

/**
 * The optional CORS proxy for the try-it console. It forwards only to allowed
 * hosts, refuses non-public addresses (checked after DNS resolution) unless
 * `allowPrivate`, strips cookies and hop-by-hop headers both ways, caps body
 * sizes (413/502) and time (504), answers CORS for the portal's origins and
 * does not follow redirects. Errors are JSON: `{"error":{"code","message","hint"}}`.
 * Returns a server that is not yet listening.
 */
export function createProxy(options: ProxyOptions): http.Server {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT;
  const allowPrivate = options.allowPrivate ?? false;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : undefined;
    const originAllowed = isOriginAllowed(origin, options.allowedOrigins);
    const errorCors = originAllowed ? corsHeaders(origin, [PROXY_ERROR_HEADER]) : {};
    const fail = (error: ProxyError) => sendProxyError(res, error, errorCors);

    if (!originAllowed) {
      return fail({ code: 'origin-not-allowed', message: `origin ${origin} may not use this proxy`, hint: 'Add the portal origin with --allow-origin.' });
    }
    if (isPreflight(req)) {
      res.writeHead(204, preflightHeaders(req));
      res.end();
      return;
    }
    if (req.url === '/' || req.url === '') {
      const body = JSON.stringify({ ...USAGE, allowedHosts: options.allowedHosts });
      res.writeHead(200, { ...corsHeaders(origin), 'content-type': 'application/json; charset=utf-8' });
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
      headers.location = rewriteLocation(headers.location, target, `http://${req.headers.host ?? 'localhost'}`, options.allowedHosts);
    }
    if (method === 'HEAD' && result.response.headers['content-length']) headers['content-length'] = result.response.headers['content-length'];
    else headers['content-length'] = String(result.response.body.length);
    res.writeHead(result.response.status, { ...headers, ...corsHeaders(origin, Object.keys(headers)) });
    res.end(method === 'HEAD' ? undefined : result.response.body);
  }

  return http.createServer((req, res) => {
    handle(req, res).catch(() => {
      sendProxyError(res, { code: 'upstream-unreachable', message: 'the proxy failed to forward the request', hint: 'Retry; if it persists, report it with the proxy output.' });
    });
  });
}
