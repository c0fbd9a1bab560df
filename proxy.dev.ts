import { getApi, getSite } from '@/app/_data/site-data';
import { BASE_PATH } from '@/components/base-path';
import type { LoadedApi } from '@/lib/content/load-api-models';
import { renderPublishedText } from '@/lib/publish/write-publish-files';

// `next dev` only (`.dev.ts` is a page extension in the dev server alone, see next.config.mjs):
// serves the Markdown twins, llms.txt, llms-full.txt, robots.txt and sitemap.xml that
// `npm run build` writes after the export, rendered per request by the same code.

const TYPES: Record<string, string> = { md: 'text/markdown', txt: 'text/plain', xml: 'application/xml' };

export async function proxy(request: Request): Promise<Response | undefined> {
  const file = decodeURIComponent(new URL(request.url).pathname).slice(BASE_PATH.length);
  const site = getSite();
  const apis = (await Promise.all(site.apis.map((entry) => getApi(entry.id)))).filter((api): api is LoadedApi => Boolean(api));
  const location = { siteUrl: site.config.siteUrl, basePath: BASE_PATH };
  const isTwin = file.endsWith('.md');
  // A twin sits beside its page's folder: /docs/errors.md is the twin of /docs/errors/.
  const published = renderPublishedText(site, apis, location, isTwin ? { onlyTwinOf: `${file.slice(0, -'.md'.length)}/` } : {});
  const text = isTwin ? published.twins.find(({ page }) => page.hasMarkdown)?.markdown : published.files.get(file.slice(1));
  if (text === undefined) return undefined;
  return new Response(text, { headers: { 'Content-Type': `${TYPES[file.split('.').pop()!] ?? 'text/plain'}; charset=utf-8` } });
}

export const config = { matcher: ['/llms.txt', '/llms-full.txt', '/robots.txt', '/sitemap.xml', '/:path*.md'] };
