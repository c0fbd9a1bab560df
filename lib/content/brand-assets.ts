import path from 'node:path';
import { brandFiles, type PortalConfig } from './portal-config';

/** One brand image as published: `/brand/<name>` in the site, read from `source` in the content folder. */
export interface BrandAsset {
  /** `logo`, `logo.light`, `logo.dark`, `favicon` or `fonts.text[0]`: the config field that names it. */
  field: string;
  /** The published file name, e.g. `logo-dark.svg`: fixed names, so no content path reaches a URL. */
  name: string;
  source: string;
}

const PUBLISHED_BASE: Record<string, string> = { logo: 'logo', 'logo.light': 'logo', 'logo.dark': 'logo-dark', favicon: 'favicon' };

/** The brand images and fonts of a portal with the names they are published under (`/brand/<name>`). */
export function listBrandAssets(config: PortalConfig, contentDir: string): BrandAsset[] {
  return brandFiles(config).map(({ field, file }) => ({
    field,
    name: `${PUBLISHED_BASE[field] ?? field.replace(/\W+/g, '-').replace(/-$/, '')}${path.extname(file).toLowerCase()}`,
    source: path.join(contentDir, file),
  }));
}

export interface BrandLinks {
  /** Site-relative URLs (without the base path) of the header logo per theme. */
  logo?: { light: string; dark?: string };
  favicon?: string;
}

/** Where the header and the page head find the brand images. */
export function brandLinks(assets: readonly BrandAsset[]): BrandLinks {
  const url = (field: string) => {
    const asset = assets.find((entry) => entry.field === field);
    return asset ? `/brand/${asset.name}` : undefined;
  };
  const light = url('logo') ?? url('logo.light');
  return { logo: light ? { light, dark: url('logo.dark') } : undefined, favicon: url('favicon') };
}
