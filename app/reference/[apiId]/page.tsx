import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_data/page-metadata';
import { summaryOf } from '@/lib/site/first-sentence';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { ApiOverview } from '@/components/reference/api-overview';
import { BrokenSpecPage } from '@/components/reference/broken-spec-page';
import { getReferenceApi } from '@/app/_data/reference-data';
import { ReferenceSidebar } from '@/components/reference/reference-sidebar';
import { apiIdParams } from '@/app/_data/static-params';
import type { TocEntry } from '@/lib/mdx/remark-heading-ids';
import { apiOverviewHref } from '@/lib/site/hrefs';

interface Props {
  params: Promise<{ apiId: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return apiIdParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const api = await getReferenceApi((await params).apiId);
  if (!api) return {};
  return pageMetadata({ href: apiOverviewHref(api.id), title: api.model?.info.title ?? api.title, description: api.model?.info.summary ?? summaryOf(api.model?.info.description) });
}

export default async function ApiOverviewPage({ params }: Props) {
  const api = await getReferenceApi((await params).apiId);
  if (!api) notFound();
  const href = apiOverviewHref(api.id);
  // A broken spec still gets a page: it says what is wrong and where, instead of failing the build.
  if (!api.model) return <BrokenSpecPage api={api} />;
  const nav = api.nav!;
  const toc: TocEntry[] = [
    { id: 'servers', title: 'Servers', depth: 2 },
    ...(Object.keys(api.model.securitySchemes).length > 0 ? [{ id: 'authentication', title: 'Authentication', depth: 2 }] : []),
    { id: 'operations', title: 'Operations', depth: 2 },
    ...nav.groups.flatMap((group) => group.sections.map((section) => ({ id: section.id, title: section.title, depth: 3 }))),
    ...nav.extras.map((section) => ({ id: section.id, title: section.title, depth: 2 })),
  ];
  return (
    <PageShell sidebar={<ReferenceSidebar api={api} currentHref={href} />} toc={toc}>
      <ApiOverview api={api} />
    </PageShell>
  );
}
