import { PageLink } from '@/components/layout/page-link';
import { PageShell } from '@/components/layout/page-shell';
import { SiteSidebar } from '@/components/layout/site-sidebar';
import { getSite } from '@/app/_data/site-data';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  const site = getSite();
  return (
    <PageShell sidebar={<SiteSidebar site={site} currentPath="" />}>
      <div className="not-found">
        <p className="code" aria-hidden="true">
          404
        </p>
        <h1>Page not found</h1>
        <p>This page does not exist, or it moved. Try the search, or start from the home page.</p>
        <p>
          <PageLink href="/">Go to the home page</PageLink>
        </p>
      </div>
    </PageShell>
  );
}
