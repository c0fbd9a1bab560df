/**
 * The `Location` the proxy hands back for an upstream redirect (it never follows one itself).
 *
 * - Same upstream origin (scheme, host and port): routed back through the proxy, so the
 *   browser's next request also goes via the proxy. Its headers were meant for that origin.
 * - Any other origin, even another allowed host: the absolute upstream URL itself, not via
 *   the proxy. The browser then sees a cross-origin redirect, so it drops `Authorization`
 *   (Fetch standard) and asks the real host for CORS. Routing it through the proxy would make
 *   the hop same-origin, and the browser would carry the credential to a host the user never
 *   entered it for. We return the redirect rather than follow it without credentials (as curl
 *   does) so the proxy makes no request the browser did not ask for, and the console shows
 *   the redirect as it is.
 *
 * `publicUrl` is the proxy's address as browsers reach it (`https://proxy.example.com`,
 * or with a path prefix). Without it the Location is root-relative (`/https://api...`), which
 * the browser resolves against the address it used, so the Host header and scheme of the
 * request are never trusted. Returns undefined (drop the header) when it is not an http(s) URL.
 */
export function rewriteLocation(location: string, target: URL, publicUrl?: string): string | undefined {
  let next: URL;
  try {
    next = new URL(location, target);
  } catch {
    return undefined;
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') return undefined;
  if (next.origin !== target.origin || next.username || next.password) return next.href;
  return `${publicUrl ? publicUrl.replace(/\/+$/, '') : ''}/${next.href}`;
}
