import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { IslandsBoot } from '@/components/layout/islands-boot.client';
import { PrefetchRules } from '@/components/layout/prefetch-rules';
import { BeforePaintScript } from '@/components/layout/before-paint-script';
import { getSite } from '@/app/_data/site-data';
import { preload } from 'react-dom';
import { getBrand } from '@/app/_data/brand-data';
import { pageMetadata } from '@/app/_data/page-metadata';
import { BASE_PATH } from '@/components/base-path';
import './globals.css';
import './mdx.css';
import './reference.css';
import './tryit.css';

export function generateMetadata(): Metadata {
  const { config } = getSite();
  const favicon = getBrand().favicon ?? '/icon.svg';
  // The home page's tags; every other page sets its own through pageMetadata.
  const home = pageMetadata({ href: '/', title: config.title, description: config.description });
  // Metadata URLs are not given the base path by Next, so it is added here.
  return { ...home, title: { default: config.title, template: `%s · ${config.title}` }, icons: { icon: `${BASE_PATH}${favicon}` } };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  const { config } = getSite();
  const brand = getBrand();
  // React places the hint at the top of <head>, once.
  if (brand.preloadFont) preload(brand.preloadFont, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return (
    // The before-paint script sets data-theme and classes before React hydrates.
    <html lang={config.language} suppressHydrationWarning>
      <head>
        <BeforePaintScript />
        <PrefetchRules />
        {/* The accent colour, computed at build time from the config with contrast checked for both themes. */}
        {brand.accentCss && <style id="portal-accent" dangerouslySetInnerHTML={{ __html: brand.accentCss }} />}
        {brand.fontCss && <style id="portal-fonts" dangerouslySetInnerHTML={{ __html: brand.fontCss }} />}
      </head>
      <body>
        <SiteHeader title={config.title} logo={brand.logo} />
        {children}
        <IslandsBoot />
      </body>
    </html>
  );
}
