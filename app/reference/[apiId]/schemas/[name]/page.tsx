import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_data/page-metadata';
import { PageShell } from '@/components/layout/page-shell';
import { brokenSpecOrNotFound } from '@/components/reference/broken-spec-page';
import { getReferenceApi } from '@/app/_data/reference-data';
import { ReferenceSidebar } from '@/components/reference/reference-sidebar';
import { SchemaPage } from '@/components/reference/schema-page';
import { decodeParam, schemaParams } from '@/app/_data/static-params';
import { schemaHref } from '@/lib/site/hrefs';

interface Props {
  params: Promise<{ apiId: string; name: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return schemaParams();
}

async function find(params: Props['params']) {
  const { apiId, name } = await params;
  const api = await getReferenceApi(apiId);
  const slug = decodeParam(name);
  // The URL holds the schema's slug (see schemaSlugs), not always its name.
  const schemaName = api?.schemaNamesBySlug.get(slug);
  return api && schemaName !== undefined ? { api, schemaName, slug } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await find(params);
  return found ? pageMetadata({ href: schemaHref(found.api.id, found.slug), title: `${found.schemaName} schema · ${found.api.title}` }) : {};
}

export default async function SchemaRoute({ params }: Props) {
  const found = await find(params);
  if (!found) return brokenSpecOrNotFound((await params).apiId);
  const { api, schemaName, slug } = found;
  return (
    <PageShell sidebar={<ReferenceSidebar api={api} currentHref={schemaHref(api.id, slug)} />}>
      <SchemaPage api={api} name={schemaName} />
    </PageShell>
  );
}
