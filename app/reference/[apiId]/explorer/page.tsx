import { BASE_PATH } from '@/components/base-path';
import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_data/page-metadata';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { ApiExplorer } from '@/components/reference/api-explorer.client';
import { getReferenceApi } from '@/app/_data/reference-data';
import { ReferenceSidebar } from '@/components/reference/reference-sidebar';
import { renderableApiIdParams } from '@/app/_data/static-params';
import { explorerHref, specFileHref } from '@/lib/site/hrefs';

interface Props {
  params: Promise<{ apiId: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return renderableApiIdParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const api = await getReferenceApi((await params).apiId);
  return api ? pageMetadata({ href: explorerHref(api.id), title: `Explorer · ${api.title}` }) : {};
}

/** The whole API in Swagger UI, fed from the downloadable spec file (never inlined in the page). */
export default async function ExplorerPage({ params }: Props) {
  const api = await getReferenceApi((await params).apiId);
  if (!api?.model) notFound();
  const href = explorerHref(api.id);
  return (
    <PageShell hydrate sidebar={<ReferenceSidebar api={api} currentHref={href} />}>
      <div className="explorer-page">
        <h1>{api.title}: API explorer</h1>
        <p className="muted">
          The complete OpenAPI document in Swagger UI. It loads <a href={`${BASE_PATH}${specFileHref(api.id, 'json')}`}>openapi.json</a> when
          this page opens.
        </p>
        <ApiExplorer specUrl={specFileHref(api.id, 'json')} />
      </div>
    </PageShell>
  );
}
