import 'server-only';
import { brandLinks, listBrandAssets, type BrandLinks } from '@/lib/content/brand-assets';
import { accentCss, accentPalette } from '@/lib/theme/accent-palette';
import { getSite, oncePerBuild } from './site-data';

export interface Brand extends BrandLinks {
  /** Custom properties for the accent colour of both themes, or undefined to keep the default blue. */
  accentCss?: string;
}

// The layout asks on every page (metadata and body); the asset checks stat files, so they run once per build worker.
const brandOf = oncePerBuild((contentDir: string): Brand => {
  const { config } = getSite();
  const palette = config.accentColor ? accentPalette(config.accentColor) : undefined;
  return { ...brandLinks(listBrandAssets(config, contentDir)), accentCss: palette && accentCss(palette) };
});

/** The portal's look from its config: logo and favicon URLs and the accent colour's style sheet. */
export function getBrand(): Brand {
  return brandOf(getSite().contentDir);
}
