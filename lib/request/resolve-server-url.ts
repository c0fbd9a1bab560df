import type { ServerChoice } from './types';

/**
 * The base URL for a server choice: variables substituted (percent-encoded is
 * not wanted here: variables hold host names and path prefixes), trailing
 * slash removed, relative URLs resolved against `origin` when given.
 * @example resolveServerUrl({ kind: 'template', url: 'https://{region}.api.io/v1', variables: { region: 'eu' } }) === 'https://eu.api.io/v1'
 */
export function resolveServerUrl(server: ServerChoice): string {
  let url: string;
  if (server.kind === 'custom') {
    url = server.baseUrl.trim();
  } else {
    url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => server.variables[name] ?? whole);
    if (server.origin && !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      try {
        url = new URL(url, server.origin).href;
      } catch {
        // Leave the URL relative; the sender reports it.
      }
    }
  }
  return url.replace(/\/+$/, '');
}
