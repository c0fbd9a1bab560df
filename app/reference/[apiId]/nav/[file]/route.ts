import { getReferenceApi } from '@/app/_data/reference-data';
import { navFileParams } from '@/app/_data/static-params';
import { listNavSections } from '@/lib/reference/build-api-nav';

// One small JSON file per sidebar section, fetched when a reader opens a collapsed section.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return navFileParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ apiId: string; file: string }> }) {
  const { apiId, file } = await params;
  const api = await getReferenceApi(apiId);
  const section = api?.nav && listNavSections(api.nav).find((candidate) => `${candidate.id}.json` === file);
  if (!section) return Response.json({ items: [] }, { status: 404 });
  return Response.json({ id: section.id, title: section.title, items: section.items });
}
