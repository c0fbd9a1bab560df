import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { PrefetchRules } from '@/components/layout/prefetch-rules';
import { ThemeScript } from '@/components/layout/theme-script';
import { getSite } from '@/app/_data/site-data';
import './globals.css';
import './mdx.css';
import './reference.css';
import './tryit.css';

export function generateMetadata(): Metadata {
  const { config } = getSite();
  return { title: { default: config.title, template: `%s · ${config.title}` }, description: config.description };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  const { config } = getSite();
  return (
    // The theme script sets data-theme and class before React hydrates.
    <html lang="en" suppressHydrationWarning>
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
