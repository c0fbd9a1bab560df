import 'server-only';
import { brandLinks, listBrandAssets, type BrandLinks } from '@/lib/content/brand-assets';
import { accentCss, accentPalette } from '@/lib/theme/accent-palette';
import { getSite } from './site-data';

export interface Brand extends BrandLinks {
  /** Custom properties for the accent colour of both themes, or undefined to keep the default blue. */
  accentCss?: string;
}

/** The portal's look from its config: logo and favicon URLs and the accent colour's style sheet. */
export function getBrand(): Brand {
  const { config, contentDir } = getSite();
  const palette = config.accentColor ? accentPalette(config.accentColor) : undefined;
  return { ...brandLinks(listBrandAssets(config, contentDir)), accentCss: palette && accentCss(palette) };
}
