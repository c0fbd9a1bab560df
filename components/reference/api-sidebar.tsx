import type { ReactNode } from 'react';
import { BASE_PATH } from '@/components/base-path';
import { StaticHtml } from '@/components/static-html';
import { apiNavHtml, isInlineNav } from '@/lib/reference/api-nav-html';
import { navDataFolderHref } from '@/lib/site/hrefs';
import type { ApiNav } from '@/lib/reference/build-api-nav';

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

/**
 * The per-API navigation, rendered inside SiteSidebar: the title and the version switcher as
 * React nodes, the links as static HTML outside React's payload (lib/reference/api-nav-html.ts).
 * Only an API too big to inline has lazy sections, which components/islands/nav-sections.ts loads.
 */
export function ApiSidebar({ apiId, title, nav, currentHref, currentSections = [], switcher }: ApiSidebarProps) {
  const attributes = { className: 'api-nav', 'aria-label': `${title} reference`, role: 'group' };
  const content = (
    <>
      <h2>{title}</h2>
      {switcher}
      <StaticHtml html={apiNavHtml({ apiId, nav, currentHref, currentSections, basePath: BASE_PATH })} data-nav-base={isInlineNav(nav) ? undefined : navDataFolderHref(apiId)} />
    </>
  );
  return (
    <div {...attributes} data-nav-current={isInlineNav(nav) ? undefined : currentHref}>
      {content}
    </div>
  );
}
