'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

type PageLinkProps = Omit<ComponentProps<typeof Link>, 'href' | 'prefetch'> & { href: string };

/**
 * A link to another portal page that prefetches when the reader reaches for it (hover, focus,
 * touch) instead of when it scrolls into view. Next prefetches every visible link's page data:
 * a reference sidebar shows dozens of operations, and one DigitalOcean page fetched 32 pages'
 * payloads (2.7 MB) that nobody asked for.
 */
export function PageLink({ href, onMouseEnter, onFocus, onTouchStart, ...props }: PageLinkProps) {
  const router = useRouter();
  const prefetch = () => router.prefetch(href);
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        prefetch();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        prefetch();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        prefetch();
        onTouchStart?.(event);
      }}
    />
  );
}
