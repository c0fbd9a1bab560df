import { PageLink } from '@/components/layout/page-link';
import type { ReactNode } from 'react';
import type { Site } from '@/lib/content/site';
import { GuideNavList } from './guide-nav';
import { apiOverviewHref } from '@/lib/site/hrefs';

function NavLink({ href, current, children }: { href: string; current: boolean; children: ReactNode }) {
  return (
    <PageLink href={href} aria-current={current ? 'page' : undefined}>
      {children}
    </PageLink>
  );
}

/**
 * On phones the drawer shows either the guides or the API reference, picked here. Radio buttons
 * and CSS (no script): it works before hydration and without JavaScript. Wider screens show both.
 */
function NavSwitch({ showApi }: { showApi: boolean }) {
  return (
    <div className="nav-switch" role="radiogroup" aria-label="Navigation">
      <label>
        <input type="radio" name="nav-switch" className="visually-hidden nav-switch-guides" defaultChecked={!showApi} />
        Guides
      </label>
      <label>
        <input type="radio" name="nav-switch" className="visually-hidden nav-switch-api" defaultChecked={showApi} />
        API reference
      </label>
    </div>
  );
}

/**
 * The portal-wide navigation: guides, then APIs. Reference pages put their own
 * per-API navigation in `children`, below the guides.
 */
export function SiteSidebar({ site, currentPath, children }: { site: Site; currentPath: string; children?: ReactNode }) {
  return (
    <nav id="site-sidebar" className="sidebar" aria-label="Site">
      {site.guideTree.nodes.length > 0 && site.apis.length > 0 && <NavSwitch showApi={Boolean(children) || currentPath.startsWith('/reference/')} />}
      {site.guideTree.nodes.length > 0 && (
        <>
          {/* Flat children (the API side is everything else): tests and styles address `#site-sidebar > ul`. */}
          <h2 className="nav-guides">Guides</h2>
          <GuideNavList className="nav-guides" nodes={site.guideTree.nodes} currentPath={currentPath} />
        </>
      )}
      {site.apis.length > 0 && (
        <>
          <h2>APIs</h2>
          <ul>
            {/* A version group is one entry: its first API (config order) stands for it; the others are a switch away. */}
            {site.apis.filter((api, index) => !api.group || site.apis.findIndex((other) => other.group === api.group) === index).map((api) => {
              const href = apiOverviewHref(api.id);
              return (
                <li key={api.id}>
                  {/* With the API's own navigation below, its "Overview" link is the one marked current. */}
                  <NavLink href={href} current={!children && currentPath === href}>
                    {api.title}
                  </NavLink>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {children}
    </nav>
  );
}
