import { stringify } from 'yaml';
import { getReferenceApi } from '@/app/_data/reference-data';
import { renderableApiIdParams } from '@/app/_data/static-params';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return renderableApiIdParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ apiId: string }> }) {
  const api = await getReferenceApi((await params).apiId);
  if (!api?.loaded.bundled) return new Response('No OpenAPI document for this id.\n', { status: 404 });
  // aliasDuplicateObjects off: a bundled document reuses objects, and YAML anchors would surprise readers.
  return new Response(stringify(api.loaded.bundled, { aliasDuplicateObjects: false, lineWidth: 0 }), {
    headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
  });
}
