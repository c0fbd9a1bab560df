import 'server-only';
import type { Metadata } from 'next';
import { getSite } from './site-data';
import { BASE_PATH } from '@/components/base-path';
import { publicUrl } from '@/lib/publish/site-url';
import { markdownHref } from '@/lib/site/hrefs';
import { SOCIAL_IMAGE_SIZE, socialImageUrl } from '@/lib/publish/social-image';

export interface PageMeta {
  /** Site-relative href of the page (`/docs/x/`), from the page registry's helpers. */
  href: string;
  /** The `<title>` (the layout's template adds the portal's name). */
  title: string;
  description?: string;
  /** The page has a Markdown twin at `<href>.md` (guides, operations). */
  hasMarkdown?: boolean;
}

/**
 * A page's `<title>`, description, canonical URL, Open Graph and Twitter tags. URLs need `siteUrl`
 * (crawlers and card renderers want absolute ones), so without it only the text tags are set.
 * Next escapes every value into attributes, so spec text cannot become markup here.
 */
export function pageMetadata(page: PageMeta): Metadata {
  const { config } = getSite();
  const location = { siteUrl: config.siteUrl, basePath: BASE_PATH };
  const absolute = (href: string) => (config.siteUrl ? publicUrl(href, location) : undefined);
  const url = absolute(page.href);
  const image = socialImageUrl(config, page.href, BASE_PATH);
  const twin = page.hasMarkdown ? absolute(markdownHref(page.href)) : undefined;
  const description = page.description ?? config.description;
  return {
    title: page.title,
    description,
    alternates: url ? { canonical: url, types: twin ? { 'text/markdown': twin } : undefined } : undefined,
    openGraph: {
      type: 'website',
      siteName: config.title,
      title: page.title,
      description,
      url,
      images: image ? [config.socialImage ? image : { url: image, ...SOCIAL_IMAGE_SIZE, alt: config.title }] : undefined,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: page.title, description, images: image ? [image] : undefined },
  };
}
