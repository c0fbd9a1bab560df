/** Where the site is published: `siteUrl` from the config (origin, maybe a path) and BASE_PATH. */
export interface PublishLocation {
  /** e.g. `https://docs.example.com`; undefined when not configured. */
  siteUrl?: string;
  /** BASE_PATH, '' at the root. */
  basePath: string;
}

/**
 * A page's URL for links in published files: absolute when `siteUrl` is known, else root-relative
 * (with BASE_PATH). `href` is site-relative (`/docs/x/`).
 * @example publicUrl('/docs/x/', { siteUrl: 'https://d.example.com/', basePath: '/sub' }) // 'https://d.example.com/sub/docs/x/'
 */
export function publicUrl(href: string, location: PublishLocation): string {
  const path = `${location.basePath.replace(/\/+$/, '')}${href}`;
  return location.siteUrl ? `${location.siteUrl.replace(/\/+$/, '')}${path}` : path;
}
