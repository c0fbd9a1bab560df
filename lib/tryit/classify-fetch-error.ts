export type FetchErrorKind = 'mixed-content' | 'offline' | 'timeout' | 'aborted' | 'invalid-url' | 'cors-or-network';

export interface FetchErrorInfo {
  kind: FetchErrorKind;
  /** One line for the response panel. */
  title: string;
  /** Why this probably happened. */
  explanation: string;
  /** What the reader can do about it, most likely fix first. */
  hints: string[];
}

export interface FetchErrorContext {
  /** `location.protocol` of the portal page, e.g. `https:`. */
  pageProtocol: string;
  targetUrl: string;
  /** `navigator.onLine`. */
  online: boolean;
  /** Whether the request went through the configured CORS proxy. */
  viaProxy?: boolean;
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
}

/**
 * Browsers hide why a cross-origin fetch failed (a CORS refusal, a refused
 * connection and a DNS failure all surface as the same TypeError), so this
 * names the likely cause from what the page can know, and what to do about it.
 */
export function classifyFetchError(error: unknown, context: FetchErrorContext): FetchErrorInfo {
  const name = errorName(error);
  let target: URL | undefined;
  try {
    target = new URL(context.targetUrl);
  } catch {
    target = undefined;
  }
  if (!target || (target.protocol !== 'http:' && target.protocol !== 'https:')) {
    return {
      kind: 'invalid-url',
      title: 'The request URL is not valid',
      explanation: `"${context.targetUrl}" is not an absolute http(s) URL.`,
      hints: ['Choose a server, or enter a full base URL such as https://api.example.com.'],
    };
  }
  if (name === 'TimeoutError') {
    return {
      kind: 'timeout',
      title: 'The request timed out',
      explanation: `${target.host} did not answer in time.`,
      hints: ['Check that the server is running and reachable, then try again.'],
    };
  }
  if (name === 'AbortError') {
    return { kind: 'aborted', title: 'The request was cancelled', explanation: 'The request was stopped before a response arrived.', hints: [] };
  }
  if (!context.online) {
    return {
      kind: 'offline',
      title: 'You are offline',
      explanation: 'The browser reports no network connection.',
      hints: ['Reconnect to the network and send the request again.'],
    };
  }
  if (context.pageProtocol === 'https:' && target.protocol === 'http:' && !context.viaProxy) {
    return {
      kind: 'mixed-content',
      title: 'Blocked: an https page cannot call an http API',
      explanation: `Browsers block requests from this secure page to ${target.origin} because it is not encrypted (mixed content).`,
      hints: [
        'Use an https server URL for the API.',
        'Or open the portal over http (for example locally) to call an http API.',
        'Or send the request through the Portico CORS proxy (`portico proxy`).',
      ],
    };
  }
  return {
    kind: 'cors-or-network',
    title: 'The request failed before a response arrived',
    explanation: context.viaProxy
      ? `The CORS proxy could not be reached, or it dropped the connection to ${target.host}.`
      : `Either ${target.host} is unreachable, or it does not allow cross-origin requests from this page (CORS); the browser does not say which.`,
    hints: context.viaProxy
      ? ['Check that `portico proxy` is running and that the portal points at it.', `Check that ${target.host} is up.`]
      : [
          `Check that the server at ${target.origin} is running and reachable from your machine.`,
          'Enable CORS on the API for this portal\'s origin (Access-Control-Allow-Origin, and the headers you send).',
          'Or configure the Portico CORS proxy (`portico proxy`, then `tryIt.proxyUrl` in portal.config.json).',
        ],
  };
}
