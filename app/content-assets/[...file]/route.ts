import path from 'node:path';
import fs from 'node:fs';
import { getSite } from '@/app/_data/site-data';
import { contentFile, listContentAssets } from '@/lib/content/collect-link-targets';
import { PLACEHOLDER_PARAM } from '@/lib/site/hrefs';

// Guide images and files (next to a guide, or in the content folder's public/), written once into
// the export; in `npm run dev` served from the content folder as they change.
export const dynamic = 'force-static';
export const dynamicParams = false;

const TYPES: Record<string, string> = {
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.avif': 'image/avif',
  '.svg': 'image/svg+xml', '.pdf': 'application/pdf', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
};

export function generateStaticParams() {
  const assets = listContentAssets(getSite().contentDir);
  return assets.length > 0 ? assets.map((asset) => ({ file: asset.split('/') })) : [{ file: [PLACEHOLDER_PARAM] }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string[] }> }) {
  const contentPath = (await params).file.map(decodeURIComponent).join('/');
  const file = /^(docs|public)\//.test(contentPath) ? contentFile(getSite().contentDir, contentPath) : undefined;
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(fs.readFileSync(file)), {
    headers: { 'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream', 'X-Content-Type-Options': 'nosniff' },
  });
}
