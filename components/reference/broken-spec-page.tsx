import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { getReferenceApi, type ReferenceApi } from '@/app/_data/reference-data';
import { ProblemsList } from './problems-list';
import { ReferenceSidebar } from './reference-sidebar';
import { apiOverviewHref } from '@/lib/site/hrefs';

/** The page of an API whose spec cannot be rendered: what is wrong and where, instead of failing the build. */
export function BrokenSpecPage({ api }: { api: ReferenceApi }) {
  const errors = api.loaded.problems.filter((p) => p.severity === 'error');
  return (
    <PageShell sidebar={<ReferenceSidebar api={api} currentHref={apiOverviewHref(api.id)} />}>
      <article className="api-overview">
        <h1>{api.title}</h1>
        <div className="content-error" role="alert">
          <strong>This API reference could not be built: its OpenAPI document has {errors.length} error(s).</strong>
          <p>
            Spec file: <code>{api.loaded.entry.specPath}</code>
          </p>
        </div>
        <ProblemsList problems={errors} title="Errors" />
        <ProblemsList problems={api.loaded.problems.filter((p) => p.severity === 'warning')} title="Warnings" />
      </article>
    </PageShell>
  );
}

/**
 * For an operation, schema or webhook page that has nothing to show: when its API's spec no
 * longer loads (a bad save under `next dev`) the spec's problems, else the 404 page. A build
 * never gets here, since it only renders the pages of specs that load.
 */
export async function brokenSpecOrNotFound(apiId: string) {
  const api = await getReferenceApi(apiId);
  if (!api || api.model) notFound();
  return <BrokenSpecPage api={api} />;
}
