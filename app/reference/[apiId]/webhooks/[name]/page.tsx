import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_data/page-metadata';
import { summaryOf } from '@/lib/site/first-sentence';
import { PageShell } from '@/components/layout/page-shell';
import { brokenSpecOrNotFound } from '@/components/reference/broken-spec-page';
import { OperationView } from '@/components/reference/operation-view';
import { getReferenceApi } from '@/app/_data/reference-data';
import { ReferenceSidebar } from '@/components/reference/reference-sidebar';
import { webhookParams } from '@/app/_data/static-params';
import { operationLabel } from '@/lib/reference/build-api-nav';
import { buildOperationToc } from '@/lib/reference/build-operation-toc';
import { operationHref } from '@/lib/site/hrefs';

interface Props {
  params: Promise<{ apiId: string; name: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return webhookParams();
}

async function find(params: Props['params']) {
  const { apiId, name } = await params;
  const api = await getReferenceApi(apiId);
  const webhook = api?.webhooksBySlug.get(name);
  return api && webhook ? { api, webhook } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  return found
    ? pageMetadata({ href: operationHref(found.api.id, found.webhook), title: `${operationLabel(found.webhook)} · ${found.api.title}`, description: summaryOf(found.webhook.description) })
    : {};
}

export default async function WebhookPage({ params }: Props) {
  const found = await find(params);
  if (!found) return brokenSpecOrNotFound((await params).apiId);
  const { api, webhook } = found;
  return (
    <PageShell sidebar={<ReferenceSidebar api={api} currentHref={operationHref(api.id, webhook)} />} toc={buildOperationToc(webhook, [])}>
      <OperationView api={api} operation={webhook} />
    </PageShell>
  );
}
