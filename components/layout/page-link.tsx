import type { AnchorHTMLAttributes } from 'react';
import { BASE_PATH } from '@/components/base-path';

/**
 * A link to another portal page: a plain link, so the browser loads the static page. Pages
 * carry their static HTML outside React's payload (lib/static-html/fragments.ts), so a
 * client-side navigation could not show them; the speculation rules in the root layout
 * prefetch the page when the reader points at the link.
 */
export function PageLink({ href, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} href={href.startsWith('/') ? `${BASE_PATH}${href}` : href} />;
}
