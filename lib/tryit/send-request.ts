import { classifyFetchError, type FetchErrorInfo } from './classify-fetch-error';
import type { NameValue, PreparedRequest } from '../request/types';

export type SendResult =
  | {
      kind: 'response';
      status: number;
      statusText: string;
      headers: NameValue[];
      contentType: string;
      bodyText: string;
      /** The body's bytes as received: images and other binary bodies cannot survive a round trip through text. */
      bodyBytes: Uint8Array;
      durationMs: number;
      /** Set when the request had cookies: browsers (and the proxy) do not let a page send them. */
      warnings: string[];
      /** Answered by the in-browser mock (lib/mock), not by a server. */
      mocked?: boolean;
    }
  | { kind: 'network-error'; error: FetchErrorInfo; durationMs: number };

export interface SendOptions {
  /** Base URL of a `portico proxy`; the request goes to `<proxyUrl>/<absolute target URL>`. */
  proxyUrl?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  pageProtocol: string;
  online: boolean;
  fetch?: typeof fetch;
  now?: () => number;
}

/** The URL a request takes through the proxy: `http://localhost:8787/https://api.example.com/v1/pets?x=1`. */
export function toProxyUrl(proxyUrl: string, targetUrl: string): string {
  return `${proxyUrl.replace(/\/+$/, '')}/${targetUrl}`;
}

function toFetchBody(request: PreparedRequest): BodyInit | undefined {
  const body = request.body;
  if (!body) return undefined;
  if ('text' in body) return body.text;
  if ('file' in body) return body.file.blob ?? new Blob([], { type: body.file.type });
  if (body.mediaType.toLowerCase().startsWith('multipart/')) {
    const form = new FormData();
    for (const field of body.fields) {
      if ('file' in field) form.append(field.name, field.file.blob ?? new Blob([], { type: field.file.type }), field.file.name);
      else form.append(field.name, field.value);
    }
    return form;
  }
  const params = new URLSearchParams();
  for (const field of body.fields) params.append(field.name, 'file' in field ? field.file.name : field.value);
  return params;
}

/**
 * Sends a prepared request with fetch and returns a tagged result instead of
 * throwing: the console renders either the response or an explained failure.
 */
export async function sendRequest(request: PreparedRequest, options: SendOptions): Promise<SendResult> {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? (() => Date.now());
  const started = now();
  const signals = [options.signal, options.timeoutMs ? AbortSignal.timeout(options.timeoutMs) : undefined].filter(
    (s): s is AbortSignal => s !== undefined,
  );
  const url = options.proxyUrl ? toProxyUrl(options.proxyUrl, request.url) : request.url;
  const warnings = request.cookies.length > 0 ? ['Cookies cannot be sent from the browser console; they appear in the curl command and code samples only.'] : [];
  try {
    const response = await doFetch(url, {
      method: request.method,
      headers: request.headers.map((h): [string, string] => [h.name, h.value]),
      body: toFetchBody(request),
      signal: signals.length > 1 && typeof AbortSignal.any === 'function' ? AbortSignal.any(signals) : signals[0],
      redirect: 'follow',
      credentials: 'omit',
    });
    const bodyBytes = new Uint8Array(await response.arrayBuffer());
    const bodyText = new TextDecoder().decode(bodyBytes);
    const headers: NameValue[] = [];
    response.headers.forEach((value, name) => headers.push({ name, value }));
    return {
      kind: 'response',
      status: response.status,
      statusText: response.statusText,
      headers,
      contentType: response.headers.get('content-type') ?? '',
      bodyText,
      bodyBytes,
      durationMs: now() - started,
      warnings,
    };
  } catch (error) {
    return {
      kind: 'network-error',
      error: classifyFetchError(error, { pageProtocol: options.pageProtocol, targetUrl: request.url, online: options.online, viaProxy: Boolean(options.proxyUrl) }),
      durationMs: now() - started,
    };
  }
}
