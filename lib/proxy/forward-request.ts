import dns from 'node:dns';
import http, { type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { classifyAddress } from './classify-address';
import type { ProxyError } from './proxy-error';

export interface UpstreamResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface ForwardOptions {
  method: string;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  allowPrivate: boolean;
  maxBodyBytes: number;
  signal: AbortSignal;
}

class GuardError extends Error {
  constructor(readonly proxyError: ProxyError) {
    super(proxyError.message);
  }
}

/**
 * Resolves the host and refuses it if any address is not public. Checking
 * inside the socket's own lookup means the connection goes to exactly the
 * addresses that were checked, so a DNS answer cannot change in between (rebinding).
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const blocked = addresses.find((a) => !classifyAddress(a.address).public);
      if (blocked && !allowPrivate) {
        const err = new GuardError({
          code: 'private-address',
          message: `${hostname} resolves to ${blocked.address} (${classifyAddress(blocked.address).range}), which the proxy does not reach`,
          hint: 'Start the proxy with --allow-private to reach private, loopback or link-local addresses.',
        });
        return callback(err as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function describeFailure(error: unknown, target: URL): ProxyError {
  if (error instanceof GuardError) return error.proxyError;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return { code: 'dns-failure', message: `${target.hostname} could not be resolved`, hint: 'Check the server URL and your DNS.' };
  }
  return {
    code: 'upstream-unreachable',
    message: `could not reach ${target.host}${code ? ` (${code})` : ''}`,
    hint: 'Check that the API server is running and reachable from the machine running the proxy.',
  };
}

/**
 * One upstream exchange with node:http(s): no redirects are followed, the
 * response is buffered up to `maxBodyBytes` so that limits can still be
 * answered with a clean JSON error.
 */
export function forwardRequest(target: URL, options: ForwardOptions): Promise<{ ok: true; response: UpstreamResponse } | { ok: false; error: ProxyError }> {
  return new Promise((resolve) => {
    const client = target.protocol === 'https:' ? https : http;
    const headers: OutgoingHttpHeaders = { ...options.headers, host: target.host, 'content-length': String(options.body.length) };
    if (options.body.length === 0 && !['POST', 'PUT', 'PATCH'].includes(options.method)) delete headers['content-length'];
    const request = client.request(target, { method: options.method, headers, agent: false, lookup: guardedLookup(options.allowPrivate), signal: options.signal });
    let settled = false;
    const finish = (value: { ok: true; response: UpstreamResponse } | { ok: false; error: ProxyError }) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    request.on('error', (error) => finish({ ok: false, error: describeFailure(error, target) }));
    request.on('response', (response) => {
      const declared = Number(response.headers['content-length']);
      const tooLarge: ProxyError = {
        code: 'response-too-large',
        message: `the response from ${target.host} is larger than ${options.maxBodyBytes} bytes`,
        hint: 'Request less data (paging, filters) or raise the proxy limit.',
      };
      if (Number.isFinite(declared) && declared > options.maxBodyBytes) {
        response.destroy();
        finish({ ok: false, error: tooLarge });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBodyBytes) {
          response.destroy();
          finish({ ok: false, error: tooLarge });
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => finish({ ok: true, response: { status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) } }));
      response.on('error', (error) => finish({ ok: false, error: describeFailure(error, target) }));
    });
    request.end(options.body);
  });
}
