import { getReferenceApi } from '@/app/_data/reference-data';
import { consoleFileParams, decodeParam } from '@/app/_data/static-params';
import { buildConsoleData } from '@/lib/tryit/console-data';

// The console data of each large operation (lib/tryit/console-data), fetched when its console opens.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return consoleFileParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ apiId: string; file: string }> }) {
  const { apiId, file } = await params;
  const api = await getReferenceApi(apiId);
  const slug = decodeParam(file).replace(/\.json$/, '');
  const operation = api?.model ? api.operationsBySlug.get(slug) : undefined;
  if (!api?.model || !operation) return Response.json({}, { status: 404 });
  return Response.json(buildConsoleData(api.model, operation));
}
