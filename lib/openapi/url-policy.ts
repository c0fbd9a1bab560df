/**
 * The one URL policy for text that comes from a spec (or arrives at run time on a spec's behalf,
 * such as an OpenID discovery document): a URL the browser navigates to, fetches or renders as a
 * link must be `http:` or `https:`. Server URLs may also be relative to the page (`/v1`).
 *
 * Browsers drop tabs and newlines anywhere in a URL and leading/trailing control characters and
 * spaces before reading the scheme (WHATWG URL), so `java\tscript:` and ` javascript:` are
 * `javascript:` to them: the check reads the URL the same way.
 */

export type UrlKind = 'link' | 'server';

export type UrlVerdict = { ok: true; url: string } | { ok: false; scheme: string };

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const WEB_SCHEMES = new Set(['http', 'https']);

/** What a browser would read: tabs/newlines removed, C0 controls and spaces trimmed. */
export function browserView(value: string): string {
  return value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/**
 * `link`: an absolute `http(s)` URL (also a fragment or a relative path, which stay on the portal).
 * `server`: an absolute `http(s)` URL or one relative to the page; `{variables}` are allowed.
 */
export function checkSpecUrl(value: string, kind: UrlKind): UrlVerdict {
  const url = browserView(value);
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // No scheme: relative (or protocol-relative `//host`, which inherits http(s)). A server URL
    // that starts with a variable (`{scheme}://...`) is checked when it is expanded.
    return url === '' && kind === 'link' ? { ok: false, scheme: '' } : { ok: true, url };
  }
  return WEB_SCHEMES.has(scheme) ? { ok: true, url } : { ok: false, scheme };
}

/** True for an absolute `http:`/`https:` URL: what the console may open, fetch or send to. */
export function isWebUrl(value: string): boolean {
  const url = browserView(value);
  if (!SCHEME.test(url)) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The origin a URL goes to, relative URLs resolved against the page (as
 * `fetch` does; without a page, a relative URL has none); undefined for anything
 * that is not `http(s)`.
 * @example originOf('/v1', 'https://docs.example.com') === 'https://docs.example.com'
 */
export function originOf(url: string, pageOrigin?: string): string | undefined {
  try {
    const resolved = new URL(url.trim(), pageOrigin);
    return isWebUrl(resolved.href) ? resolved.origin : undefined;
  } catch {
    return undefined;
  }
}
