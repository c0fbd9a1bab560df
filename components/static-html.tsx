import type { HTMLAttributes } from 'react';
import { FRAGMENT_ATTRIBUTE, writeFragment } from '@/lib/static-html/fragments';

type Tag = 'div' | 'ul' | 'section' | 'span';

/**
 * Static HTML (already escaped or sanitized) that React does not carry in its payload.
 * In `npm run build` the HTML goes to a fragment file that bin/build.mjs puts into the
 * exported page (see lib/static-html/fragments.ts); in `next dev`, or a bare `next build`,
 * it is rendered inline as before.
 */
export function StaticHtml({ html, as: Element = 'div', ...attributes }: { html: string; as?: Tag } & HTMLAttributes<HTMLElement>) {
  const dir = process.env.PORTICO_FRAGMENT_DIR;
  if (!dir) return <Element {...attributes} dangerouslySetInnerHTML={{ __html: html }} />;
  const slot = { [FRAGMENT_ATTRIBUTE]: writeFragment(dir, html) };
  return <Element {...attributes} {...slot} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />;
}
