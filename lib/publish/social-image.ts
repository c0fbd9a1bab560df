import { accentPalette, THEME_BACKGROUNDS } from '../theme/accent-palette';
import { publicUrl } from './site-url';

/** Open Graph's and Twitter's large card size. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The site's own card; API ids are `[a-z0-9-]` only, so `_site` never clashes with one. */
export const SITE_IMAGE_NAME = '_site';

/** Where the generated card of the page at `href` is published: its API's card on reference pages, else the site's. */
export function generatedSocialImageHref(href: string): string {
  const apiId = /^\/reference\/([a-z0-9][a-z0-9-]*)\//.exec(href)?.[1];
  return `/social/${apiId ?? SITE_IMAGE_NAME}.png`;
}

/**
 * The image shared for the page at `href`: the configured `socialImage` (a URL, or a site path made
 * absolute), else the generated card of its API or the site. Card renderers want absolute URLs, so
 * without `siteUrl` only a configured `http(s)` image is named.
 */
export function socialImageUrl(config: { siteUrl?: string; socialImage?: string }, href: string, basePath: string): string | undefined {
  if (config.socialImage && /^https?:/.test(config.socialImage)) return config.socialImage;
  if (!config.siteUrl) return undefined;
  return publicUrl(config.socialImage ?? generatedSocialImageHref(href), { siteUrl: config.siteUrl, basePath });
}

export interface SocialCard {
  siteName: string;
  /** The big line: the API's title, or the site's name on its own card. */
  title: string;
  /** Under the title: the API's version, or the site's description. */
  subtitle?: string;
  /** Small facts along the bottom: "24 operations", "3 guides". */
  facts: string[];
  /** The portal's `accentColor` (any CSS colour the config accepts); Portico's blue when absent. */
  accentColor?: string;
}

/** An element as satori takes it without React: `{ type, props: { style, children } }`. */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

function h(style: CardNode['props']['style'], ...children: (CardNode | string | null)[]): CardNode {
  const kept = children.filter((child) => child !== null);
  // satori wants every div with more than one child to be a flex box; all of these are.
  return { type: 'div', props: { style: { display: 'flex', ...style }, children: kept.length === 1 && typeof kept[0] === 'string' ? kept[0] : kept } };
}

const DEFAULT_ACCENT = '#4493f8';
const TEXT = '#f0f6fc';
const MUTED = '#9198a1';

/** Spec titles can be long; the card has room for about two lines at this size. */
function clamp(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** The card as the element tree satori lays out (flexbox only). */
export function socialCardTree(card: SocialCard): CardNode {
  // The dark theme's accent: already lightened until it reads on the card's dark background.
  const accent = (card.accentColor && accentPalette(card.accentColor)?.dark.accent) || DEFAULT_ACCENT;
  return h(
    { display: 'flex', width: '100%', height: '100%', background: THEME_BACKGROUNDS.dark, color: TEXT },
    h({ width: 24, height: '100%', background: accent }),
    h(
      { display: 'flex', flexDirection: 'column', justifyContent: 'space-between', flex: 1, padding: '64px 72px' },
      h({ display: 'flex', fontSize: 34, color: accent }, clamp(card.siteName, 60)),
      h(
        { display: 'flex', flexDirection: 'column' },
        h({ display: 'flex', fontSize: 76, lineHeight: 1.1 }, clamp(card.title, 70)),
        card.subtitle ? h({ display: 'flex', fontSize: 34, color: MUTED, marginTop: 24 }, clamp(card.subtitle, 110)) : null,
      ),
      h(
        { display: 'flex', fontSize: 30, color: TEXT },
        ...card.facts.map((fact, index) => h({ display: 'flex', marginLeft: index === 0 ? 0 : 40, paddingTop: 12, borderTop: `4px solid ${accent}` }, fact)),
      ),
    ),
  );
}

/** "1 operation", "24 operations". */
export function countOf(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
