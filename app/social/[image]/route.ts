import { getApi, getSite } from '@/app/_data/site-data';
import { renderSocialImage } from '@/app/_data/social-image';
import { countOf, SITE_IMAGE_NAME, type SocialCard } from '@/lib/publish/social-image';

// One card per API and one for the site, drawn once into the export (`/social/<apiId>.png`), shared
// when a page is linked (see app/_data/page-metadata.ts). Not drawn when the config names a socialImage.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams(): { image: string }[] {
  const { config, apis } = getSite();
  // A static export needs one param set: with a configured socialImage only the (unused) site card is drawn.
  if (config.socialImage) return [{ image: `${SITE_IMAGE_NAME}.png` }];
  return [SITE_IMAGE_NAME, ...apis.map((api) => api.id)].map((name) => ({ image: `${name}.png` }));
}

async function cardFor(name: string): Promise<SocialCard | undefined> {
  const { config, guides, apis } = getSite();
  const base = { siteName: config.title, accentColor: config.accentColor };
  if (name === SITE_IMAGE_NAME) {
    const facts = [guides.length > 0 && countOf(guides.length, 'guide'), apis.length > 0 && countOf(apis.length, 'API')].filter((fact) => typeof fact === 'string');
    return { ...base, title: config.title, subtitle: config.description, facts };
  }
  const loaded = await getApi(name);
  if (!loaded) return undefined;
  const model = loaded.model;
  const version = loaded.entry.version ?? model?.info.version;
  const facts = model
    ? [countOf(model.operations.length, 'operation'), model.webhooks.length > 0 && countOf(model.webhooks.length, 'webhook'), countOf(Object.keys(model.schemaSlugs).length, 'schema')].filter((fact) => typeof fact === 'string')
    : [];
  return { ...base, title: loaded.entry.title, subtitle: version ? `Version ${version}` : undefined, facts };
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const name = (await params).image.replace(/\.png$/, '');
  const card = await cardFor(name);
  if (!card) return new Response('No such image.', { status: 404 });
  return new Response(await renderSocialImage(card), { headers: { 'Content-Type': 'image/png' } });
}
