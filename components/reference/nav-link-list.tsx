import { PageLink } from '@/components/layout/page-link';
import type { NavItem } from '@/lib/reference/build-api-nav';
import { MethodBadge } from './method-badge';

/** The links of one sidebar section; shared by the server render and the lazily loaded lists. */
export function NavLinkList({ items, currentHref }: { items: NavItem[]; currentHref?: string }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.href}>
          <PageLink href={item.href} aria-current={item.href === currentHref ? 'page' : undefined} className={item.deprecated ? 'nav-deprecated' : undefined}>
            {item.method && <MethodBadge method={item.method} />}
            <span className="nav-label">{item.label}</span>
            {item.deprecated && <span className="visually-hidden"> (deprecated)</span>}
          </PageLink>
        </li>
      ))}
    </ul>
  );
}
