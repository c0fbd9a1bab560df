import { PageLink } from '@/components/layout/page-link';
import { PageShell } from '@/components/layout/page-shell';
import { SiteSidebar } from '@/components/layout/site-sidebar';
import { getSite } from '@/app/_data/site-data';
import { guideHref } from '@/lib/content/guides';
import GuidePage from '@/app/docs/[[...slug]]/page';

export default function HomePage() {
  const site = getSite();
  // `"home": "guide"`: the docs' front page (docs/index.mdx) is the portal's home page too.
  if (site.config.home === 'guide' && site.guides.some((guide) => guide.slug.length === 0)) return <GuidePage params={Promise.resolve({ slug: [] })} />;
  return (
    <PageShell sidebar={<SiteSidebar site={site} currentPath="/" />}>
      <div className="prose hero">
        <h1>{site.config.title}</h1>
        {site.config.description && <p className="lead">{site.config.description}</p>}
      </div>
      {site.guides.length > 0 && (
        <section aria-labelledby="home-guides">
          <h2 id="home-guides">Guides</h2>
          <ul className="card-grid">
            {site.guides.map((guide) => (
              <li key={guide.slug.join('/')}>
                <PageLink className="card" href={guideHref(guide.slug)}>
                  <strong>{guide.title}</strong>
                  {guide.description && <span>{guide.description}</span>}
                </PageLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {site.apis.length > 0 && (
        <section aria-labelledby="home-apis">
          <h2 id="home-apis">API reference</h2>
          <ul className="card-grid">
            {site.apis.map((api) => (
              <li key={api.id}>
                <PageLink className="card" href={`/reference/${api.id}/`}>
                  <strong>{api.title}</strong>
                  <span>Every operation, schema and webhook, with a console to try them.</span>
                </PageLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </PageShell>
  );
}
