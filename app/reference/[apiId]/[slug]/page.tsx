import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_data/page-metadata';
import { PageShell } from '@/components/layout/page-shell';
import { brokenSpecOrNotFound } from '@/components/reference/broken-spec-page';
import { FocusModeToggle } from '@/components/layout/focus-mode-toggle';
import { OperationView } from '@/components/reference/operation-view';
import { getReferenceApi } from '@/app/_data/reference-data';
import { ReferenceSidebar } from '@/components/reference/reference-sidebar';
import { operationParams } from '@/app/_data/static-params';
import { TryItSection } from '@/components/tryit/try-it-section';
import { operationLabel } from '@/lib/reference/build-api-nav';
import { buildOperationToc } from '@/lib/reference/build-operation-toc';
import { summaryOf } from '@/lib/site/first-sentence';
import { getSite } from '@/app/_data/site-data';
import { operationHref } from '@/lib/site/hrefs';

/** Whether operations get a `.md` twin (config `publish.operationTwins`, default true). */
function operationTwins(): boolean {
  return getSite().config.publish?.operationTwins !== false;
}

interface Props {
  params: Promise<{ apiId: string; slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return operationParams();
}

async function find(params: Props['params']) {
  const { apiId, slug } = await params;
  const api = await getReferenceApi(apiId);
  const operation = api?.operationsBySlug.get(slug);
  return api && operation ? { api, operation } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  if (!found) return {};
  const { api, operation } = found;
  return pageMetadata({
    href: operationHref(api.id, operation),
    title: `${operationLabel(operation)} · ${api.title}`,
    description: summaryOf(operation.description) ?? `${operation.method.toUpperCase()} ${operation.path}`,
    hasMarkdown: operationTwins(),
  });
}

export default async function OperationPage({ params }: Props) {
  const found = await find(params);
  if (!found) return brokenSpecOrNotFound((await params).apiId);
  const { api, operation } = found;
  return (
    <PageShell sidebar={<ReferenceSidebar api={api} currentHref={operationHref(api.id, operation)} />} toc={buildOperationToc(operation, api.model!.security)}>
      <FocusModeToggle />
      <OperationView api={api} operation={operation} hasMarkdown={operationTwins()} tryIt={<TryItSection apiId={api.id} operation={operation} model={api.model!} />} />
    </PageShell>
  );
}
