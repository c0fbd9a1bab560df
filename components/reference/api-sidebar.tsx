import type { ReactNode } from 'react';
import { BASE_PATH } from '@/components/base-path';
import { StaticHtml } from '@/components/static-html';
import { apiNavHtml, isInlineNav } from '@/lib/reference/api-nav-html';
import { navDataFolderHref } from '@/lib/site/hrefs';
import type { ApiNav } from '@/lib/reference/build-api-nav';
import { NavSections } from './nav-sections.client';


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
 * Only an API too big to inline has lazy sections, and only then does the island load.
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
  if (isInlineNav(nav)) return <div {...attributes}>{content}</div>;
  return (
    <NavSections {...attributes} currentHref={currentHref}>
      {content}
    </NavSections>
  );
}
