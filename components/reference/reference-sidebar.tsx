import { SiteSidebar } from '@/components/layout/site-sidebar';
import { getSite } from '@/app/_data/site-data';
import { sectionsContaining } from '@/lib/reference/build-api-nav';
import { ApiSidebar } from './api-sidebar';
import type { ReferenceApi } from '@/app/_data/reference-data';

/** The site sidebar with the API's own navigation, the sections holding `currentHref` open. */
export function ReferenceSidebar({ api, currentHref }: { api: ReferenceApi; currentHref: string }) {
  return (
    <SiteSidebar site={getSite()} currentPath={currentHref}>
      <ApiSidebar apiId={api.id} title={api.title} nav={api.nav} currentHref={currentHref} currentSections={sectionsContaining(api.nav, currentHref)} />
    </SiteSidebar>
  );
}
