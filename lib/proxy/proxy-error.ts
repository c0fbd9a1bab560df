import type { ServerResponse } from 'node:http';
import { NOSNIFF } from './safe-response-headers';

export type ProxyErrorCode =
  | 'bad-target'
  | 'host-not-allowed'
  | 'private-address'
  | 'origin-not-allowed'
  | 'request-too-large'
  | 'response-too-large'
  | 'upstream-timeout'
  | 'upstream-unreachable'
  | 'dns-failure'
  | 'proxy-busy';

const STATUS: Record<ProxyErrorCode, number> = {
  'bad-target': 400,
  'host-not-allowed': 403,
  'private-address': 403,
  'origin-not-allowed': 403,
  'request-too-large': 413,
  'response-too-large': 502,
  'upstream-timeout': 504,
  'upstream-unreachable': 502,
  'dns-failure': 502,
  'proxy-busy': 503,
};

/** Marks proxy-made responses so the console can tell them from the API's own errors. */
export const PROXY_ERROR_HEADER = 'x-portico-proxy-error';

export interface ProxyError {
  code: ProxyErrorCode;
  message: string;
  hint: string;
}

/** Answers with `{"error":{"code","message","hint"}}` and the matching status. */
export function sendProxyError(res: ServerResponse, error: ProxyError, extraHeaders: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ error: error });
  res.writeHead(STATUS[error.code], {
    ...extraHeaders,
    ...NOSNIFF,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    [PROXY_ERROR_HEADER]: error.code,
  });
  res.end(body);
}
