import { getApi, getSite } from '@/app/_data/site-data';
import { collectSearchDocuments } from '@/lib/search/collect-search-documents';

// Built once into out/search-index.json; the search dialog fetches it on first open.
export const dynamic = 'force-static';

export async function GET() {
  const site = getSite();
  const apis = await Promise.all(
    site.apis.map(async (entry) => ({ id: entry.id, title: entry.title, model: (await getApi(entry.id))?.model })),
  );
  return Response.json(collectSearchDocuments(site.guides, apis));
}
