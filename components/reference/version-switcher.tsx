import { PageLink } from '@/components/layout/page-link';
import type { VersionLink } from '@/lib/reference/version-links';

/**
 * The versions of this API, each linking to the same page there (or its overview when the
 * page has no counterpart). Plain links in a `<details>`: it works without JavaScript.
 */
export function VersionSwitcher({ links }: { links: VersionLink[] }) {
  const current = links.find((link) => link.current);
  if (!current || links.length < 2) return null;
  return (
    <details className="version-switcher">
      <summary>
        Version <strong>{current.version}</strong>
      </summary>
      <ul>
        {links.map((link) => (
          <li key={link.apiId}>
            <PageLink href={link.href} aria-current={link.current ? 'page' : undefined}>
              {link.version}
              {!link.samePage && <span className="version-fallback"> (overview: not in this version)</span>}
            </PageLink>
          </li>
        ))}
      </ul>
    </details>
  );
}
