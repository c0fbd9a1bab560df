import { getReferenceApi } from '@/app/_data/reference-data';
import { renderableApiIdParams } from '@/app/_data/static-params';

// The bundled document (one file, refs internal), written once into the export.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return renderableApiIdParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ apiId: string }> }) {
  const api = await getReferenceApi((await params).apiId);
  if (!api?.loaded.bundled) return Response.json({ error: 'No OpenAPI document for this id.' }, { status: 404 });
  return new Response(JSON.stringify(api.loaded.bundled, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
