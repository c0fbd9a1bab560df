/** On everything the proxy sends: browsers must not guess a type other than the declared one. */
export const NOSNIFF = { 'x-content-type-options': 'nosniff' } as const;

/**
 * On every upstream response, whatever its declared type. The body is served on the proxy's
 * origin, so an HTML, SVG, XML or script answer opened directly (a link, a redirect, a frame)
 * would otherwise run there. `sandbox` gives such a document an opaque origin with scripts,
 * forms and plugins off; `default-src 'none'` stops it loading anything. `fetch()` callers such
 * as the console are unaffected: CSP does not apply to data a page reads. It is set on all
 * responses, not only on `text/html`, because a missing or odd `Content-Type` can still be
 * rendered as a document.
 */
export const UPSTREAM_SANDBOX = {
  ...NOSNIFF,
  'content-security-policy': "sandbox; default-src 'none'",
} as const;
