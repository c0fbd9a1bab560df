import { SiteSidebar } from '@/components/layout/site-sidebar';
import { getSite } from '@/app/_data/site-data';
import { getReferenceApi, type ReferenceApi } from '@/app/_data/reference-data';
import { versionsOf } from '@/lib/content/portal-config';
import { sectionsContaining } from '@/lib/reference/build-api-nav';
import { versionLinks } from '@/lib/reference/version-links';
import { ApiSidebar } from './api-sidebar';
import { VersionSwitcher } from './version-switcher';

async function VersionsOf({ api, currentHref }: { api: ReferenceApi; currentHref: string }) {
  const entries = versionsOf(getSite().apis, api.id);
  if (entries.length < 2) return null;
  const versions = await Promise.all(
    entries.map(async (entry) => ({ id: entry.id, version: entry.version ?? entry.id, model: (await getReferenceApi(entry.id))?.model })),
  );
  return <VersionSwitcher links={versionLinks(versions, api.id, currentHref)} />;
}

/** The site sidebar with the API's own navigation, the sections holding `currentHref` open. */
export function ReferenceSidebar({ api, currentHref }: { api: ReferenceApi; currentHref: string }) {
  return (
    <SiteSidebar site={getSite()} currentPath={currentHref}>
      <ApiSidebar
        apiId={api.id}
        title={api.title}
        nav={api.nav}
        currentHref={currentHref}
        currentSections={sectionsContaining(api.nav, currentHref)}
        switcher={<VersionsOf api={api} currentHref={currentHref} />}
      />
    </SiteSidebar>
  );
}
