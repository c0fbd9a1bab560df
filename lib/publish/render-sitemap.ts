import type { PageEntry } from '../site/page-registry';
import { publicUrl, type PublishLocation } from './site-url';

/** Escapes text for XML content and attributes (page URLs come from spec names). */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/**
 * `sitemap.xml` (sitemaps.org 0.9). The protocol wants absolute URLs, so without `siteUrl`
 * there is no sitemap (undefined). Explorer pages are left out: they repeat the reference.
 */
export function renderSitemap(pages: readonly PageEntry[], location: PublishLocation): string | undefined {
  if (!location.siteUrl) return undefined;
  const urls = pages
    .filter((page) => page.section !== 'explorer')
    .map((page) => {
      const lastmod = page.lastModified ? `<lastmod>${escapeXml(page.lastModified.slice(0, 10))}</lastmod>` : '';
      return `  <url><loc>${escapeXml(publicUrl(page.href, location))}</loc>${lastmod}</url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** `robots.txt`: everything may be crawled; names the sitemap when there is one. */
export function renderRobots(location: PublishLocation): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (location.siteUrl) lines.push('', `Sitemap: ${publicUrl('/sitemap.xml', location)}`);
  return `${lines.join('\n')}\n`;
}
