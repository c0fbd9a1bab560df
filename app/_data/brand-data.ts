import 'server-only';
import { BASE_PATH } from '@/components/base-path';
import { brandLinks, listBrandAssets, type BrandLinks } from '@/lib/content/brand-assets';
import { fontFaces } from '@/lib/content/portal-config';
import { accentCss, accentPalette } from '@/lib/theme/accent-palette';
import { fontCss, type PublishedFont } from '@/lib/theme/font-css';
import { getSite, oncePerBuild } from './site-data';

export interface Brand extends BrandLinks {
  /** Custom properties for the accent colour of both themes, or undefined to keep the default blue. */
  accentCss?: string;
  /** `@font-face` rules and stacks for the config's own fonts, or undefined for the system fonts. */
  fontCss?: string;
  /** The first text font (base path included): preloaded, since every page's text waits for it. */
  preloadFont?: string;
}

// The layout asks on every page (metadata and body); the asset checks stat files, so they run once per build worker.
const brandOf = oncePerBuild((contentDir: string): Brand => {
  const { config } = getSite();
  const palette = config.accentColor ? accentPalette(config.accentColor) : undefined;
  const assets = listBrandAssets(config, contentDir);
  const fonts: PublishedFont[] = fontFaces(config).map((face) => ({
    role: face.role,
    url: `${BASE_PATH}/brand/${assets.find((asset) => asset.field === face.field)!.name}`,
    weight: face.weight,
    style: face.style,
  }));
  const preloadFont = fonts.find((font) => font.role === 'text' && font.url.endsWith('.woff2'))?.url;
  return { ...brandLinks(assets), accentCss: palette && accentCss(palette), fontCss: fontCss(fonts) || undefined, preloadFont };
});

/** The portal's look from its config: logo and favicon URLs, the accent colour's and the fonts' style sheets. */
export function getBrand(): Brand {
  return brandOf(getSite().contentDir);
}
