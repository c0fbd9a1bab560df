import { PageLink } from '@/components/layout/page-link';
import { PageShell } from '@/components/layout/page-shell';
import { SiteSidebar } from '@/components/layout/site-sidebar';
import { QuickStart } from '@/components/home/quick-start';
import { ArrowRightIcon, BookIcon, CodeIcon } from '@/components/icons/icons';
import { getApi, getSite } from '@/app/_data/site-data';
import { apiOverviewHref, guideHref } from '@/lib/site/hrefs';
import { buildQuickStart } from '@/lib/reference/build-quick-start';
import GuidePage from '@/app/docs/[[...slug]]/page';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** "23 operations · 3 webhooks · 31 schemas": what an API card counts. */
function apiCounts(model: { operations: unknown[]; webhooks: unknown[]; schemas: Record<string, unknown> } | undefined): string {
  if (!model) return 'This API could not be loaded; open it to see why.';
  const parts = [plural(model.operations.length, 'operation')];
  if (model.webhooks.length > 0) parts.push(plural(model.webhooks.length, 'webhook'));
  const schemas = Object.keys(model.schemas).length;
  if (schemas > 0) parts.push(plural(schemas, 'schema'));
  return parts.join(' · ');
}

export default async function HomePage() {
  const site = getSite();
  // `"home": "guide"`: the docs' front page (docs/index.mdx) is the portal's home page too.
  if (site.config.home === 'guide' && site.guides.some((guide) => guide.slug.length === 0)) return <GuidePage params={Promise.resolve({ slug: [] })} />;
  const apis = await Promise.all(site.apis.map(async (entry) => ({ entry, model: (await getApi(entry.id))?.model })));
  const first = apis.find((api) => api.model);
  const authGuide = site.guides.find((guide) => /auth/i.test(guide.slug.join('/')));
  return (
    <PageShell sidebar={<SiteSidebar site={site} currentPath="/" />}>
      <div className="prose hero">
        <h1>{site.config.title}</h1>
        {site.config.description && <p className="lead">{site.config.description}</p>}
        <p className="hero-actions">
          {site.guides[0] && (
            <PageLink className="button button-primary" href={guideHref(site.guides[0].slug)}>
              {site.guides[0].title} <ArrowRightIcon size={16} />
            </PageLink>
          )}
          {first && (
            <PageLink className="button" href={apiOverviewHref(first.entry.id)}>
              {first.entry.title} reference
            </PageLink>
          )}
        </p>
      </div>
      {first?.model && (
        <QuickStart
          apiId={first.entry.id}
          apiTitle={first.entry.title}
          quickStart={buildQuickStart(first.model)}
          credentialsHref={authGuide ? guideHref(authGuide.slug) : `${apiOverviewHref(first.entry.id)}#authentication`}
        />
      )}
      {site.guides.length > 0 && (
        <section aria-labelledby="home-guides">
          <h2 id="home-guides">Guides</h2>
          <ul className="card-grid">
            {site.guides.map((guide) => (
              <li key={guide.slug.join('/')}>
                <PageLink className="card" href={guideHref(guide.slug)}>
                  <span className="card-icon">
                    <BookIcon />
                  </span>
                  <strong>{guide.title}</strong>
                  {guide.description && <span>{guide.description}</span>}
                </PageLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {apis.length > 0 && (
        <section aria-labelledby="home-apis">
          <h2 id="home-apis">API reference</h2>
          <ul className="card-grid">
            {apis.map(({ entry, model }) => (
              <li key={entry.id}>
                <PageLink className="card" href={apiOverviewHref(entry.id)}>
                  <span className="card-icon">
                    <CodeIcon />
                  </span>
                  <strong>{entry.title}</strong>
                  {model?.info.description && <span>{firstSentence(model.info.description)}</span>}
                  <span className="card-meta">{apiCounts(model)}</span>
                </PageLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </PageShell>
  );
}

/** The first sentence of a spec's description as plain text: a card has room for one line, not Markdown. */
function firstSentence(markdown: string): string {
  const text = markdown.replace(/[`*_#>[\]]/g, '').replace(/\(https?:[^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  const end = text.search(/[.!?](\s|$)/);
  const sentence = end === -1 ? text : text.slice(0, end + 1);
  return sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence;
}
