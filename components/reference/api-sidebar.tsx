import type { ReactNode } from 'react';
import { PageLink } from '@/components/layout/page-link';
import { CURRENT_SECTION_WINDOW, INLINE_NAV_LIMIT, windowAround, type ApiNav, type NavSection } from '@/lib/reference/build-api-nav';
import { LazyNavSection } from './lazy-nav-section.client';
import { NavLinkList } from './nav-link-list';

export interface ApiSidebarProps {
  apiId: string;
  title: string;
  nav?: ApiNav;
  /** The page's own href (`/reference/<api>/<slug>/`), marked `aria-current`. */
  currentHref: string;
  /** Sections to open and render in full (the current operation's tags). */
  currentSections?: string[];
  /** Shown under the API's title: the version switcher of a versioned API. */
  switcher?: ReactNode;
}

/** Up to this many operations, every tag of the sidebar starts open. */
export const SMALL_API_OPERATIONS = 50;

function countOperations(nav: ApiNav): number {
  return [...nav.groups.flatMap((group) => group.sections), ...nav.extras].filter((section) => section.kind === 'tag').reduce((sum, section) => sum + section.items.length, 0);
}

export function navDataUrl(apiId: string, sectionId: string): string {
  return `/reference/${apiId}/nav/${sectionId}.json`;
}

function Section({ section, apiId, currentHref, open, inline }: { section: NavSection; apiId: string; currentHref: string; open: boolean; inline: boolean }) {
  const anchor = section.kind === 'tag' ? section.id : section.kind;
  const lazy = { title: section.title, count: section.items.length, dataUrl: navDataUrl(apiId, section.id), overviewHref: `/reference/${apiId}/#${anchor}` };
  if (!open && !inline) return <LazyNavSection {...lazy} />;
  if (open && !inline && section.items.length > CURRENT_SECTION_WINDOW) {
    return <LazyNavSection {...lazy} nearby={windowAround(section.items, currentHref)} currentHref={currentHref} />;
  }
  return (
    <details className="nav-section" open={open}>
      <summary>
        <span className="nav-section-title">{section.title}</span>
        <span className="nav-count">{section.items.length}</span>
      </summary>
      <NavLinkList items={section.items} currentHref={currentHref} />
    </details>
  );
}

/**
 * The per-API navigation, rendered inside SiteSidebar. Small APIs are inlined
 * whole; above INLINE_NAV_LIMIT links only the current sections are (a long one
 * as a window around the page), and the rest load on demand (see
 * LazyNavSection), which keeps every page small.
 */
export function ApiSidebar({ apiId, title, nav, currentHref, currentSections = [], switcher }: ApiSidebarProps) {
  const overviewHref = `/reference/${apiId}/`;
  const explorerHref = `/reference/${apiId}/explorer/`;
  const inline = (nav?.totalItems ?? 0) <= INLINE_NAV_LIMIT;
  const open = new Set(currentSections);
  // A small API's tags all start open: its whole list fits beside the page, so nothing is hidden behind a click.
  if (nav && countOperations(nav) <= SMALL_API_OPERATIONS) {
    for (const section of [...nav.groups.flatMap((group) => group.sections), ...nav.extras]) if (section.kind === 'tag') open.add(section.id);
  }
  return (
    <div className="api-nav" aria-label={`${title} reference`} role="group">
      <h2>{title}</h2>
      {switcher}
      <ul>
        <li>
          <PageLink href={overviewHref} aria-current={currentHref === overviewHref ? 'page' : undefined}>
            Overview
          </PageLink>
        </li>
        {nav && (
          <li>
            <PageLink href={explorerHref} aria-current={currentHref === explorerHref ? 'page' : undefined}>
              API explorer
            </PageLink>
          </li>
        )}
      </ul>
      {nav?.groups.map((group, index) => (
        <div key={group.title ?? `group-${index}`} className="nav-group">
          {group.title && <h3 className="nav-group-title">{group.title}</h3>}
          {group.sections.map((section) => (
            <Section key={section.id} section={section} apiId={apiId} currentHref={currentHref} open={open.has(section.id)} inline={inline} />
          ))}
        </div>
      ))}
      {nav && nav.extras.length > 0 && (
        <div className="nav-group">
          {nav.extras.map((section) => (
            <Section key={section.id} section={section} apiId={apiId} currentHref={currentHref} open={open.has(section.id)} inline={inline} />
          ))}
        </div>
      )}
    </div>
  );
}
