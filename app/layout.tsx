import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { PrefetchRules } from '@/components/layout/prefetch-rules';
import { ThemeScript } from '@/components/layout/theme-script';
import { getSite } from '@/app/_data/site-data';
import { pageMetadata } from '@/app/_data/page-metadata';
import './globals.css';
import './mdx.css';
import './reference.css';
import './tryit.css';

export function generateMetadata(): Metadata {
  const { config } = getSite();
  // The home page's tags; every other page sets its own through pageMetadata.
  const home = pageMetadata({ href: '/', title: config.title, description: config.description });
  return { ...home, title: { default: config.title, template: `%s · ${config.title}` } };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  const { config } = getSite();
  return (
    // The theme script sets data-theme and class before React hydrates.
    <html lang={config.language} suppressHydrationWarning>
      <head>
        <ThemeScript />
        <PrefetchRules />
      </head>
      <body>
        <SiteHeader title={config.title} />
        {children}
      </body>
    </html>
  );
}
