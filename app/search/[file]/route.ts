import { getSearchFiles, searchFileParams } from '@/app/_data/search-data';
import { MANIFEST_FILE } from '@/lib/search/search-manifest';

// The search index as static files under /search/: a manifest naming each file with its content
// hash, and the files (per API and kind) that the search dialog fetches when it is first opened.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return searchFileParams();
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const { manifest, contents } = await getSearchFiles();
  if (file === MANIFEST_FILE) return Response.json(manifest);
  const json = contents.get(file);
  if (json === undefined) return Response.json({ error: 'no such search file' }, { status: 404 });
  return new Response(json, { headers: { 'content-type': 'application/json' } });
}
