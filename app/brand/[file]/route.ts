import fs from 'node:fs';
import { getSite } from '@/app/_data/site-data';
import { listBrandAssets } from '@/lib/content/brand-assets';

// The config's logo and favicon, copied into out/brand/ at build time under fixed names.
export const dynamic = 'force-static';
export const dynamicParams = false;

function assets() {
  const site = getSite();
  return listBrandAssets(site.config, site.contentDir);
}

export function generateStaticParams() {
  const list = assets();
  // A static export needs at least one path per dynamic route; a portal without brand images gets an empty placeholder.
  return list.length > 0 ? list.map((asset) => ({ file: asset.name })) : [{ file: 'none.txt' }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const asset = assets().find((entry) => entry.name === file);
  if (!asset) return new Response('', { status: 200 });
  return new Response(fs.readFileSync(asset.source));
}
