import { PageLink } from '@/components/layout/page-link';
import { BASE_PATH } from '@/components/base-path';
import type { BrandLinks } from '@/lib/content/brand-assets';
import { NavToggle } from './nav-toggle';
import { ThemeToggle } from './theme-toggle';
import { SearchButton } from '@/components/search/search-button';

/** The portal's logo (one per theme when the config has a dark variant; CSS shows the right one), else its title. */
function SiteBrand({ title, logo }: { title: string; logo?: BrandLinks['logo'] }) {
  if (!logo) return <>{title}</>;
  return (
    <>
      {/* eslint-disable-next-line @next/next/no-img-element -- a static export has no image optimizer; logos are small files */}
      <img className={logo.dark ? 'site-logo site-logo-light' : 'site-logo'} src={`${BASE_PATH}${logo.light}`} alt={title} />
      {logo.dark && (
        // eslint-disable-next-line @next/next/no-img-element
        <img className="site-logo site-logo-dark" src={`${BASE_PATH}${logo.dark}`} alt={title} />
      )}
    </>
  );
}

export function SiteHeader({ title, logo }: { title: string; logo?: BrandLinks['logo'] }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <NavToggle />
      <PageLink href="/" className="site-title">
        <SiteBrand title={title} logo={logo} />
      </PageLink>
      <span className="header-spacer" />
      <SearchButton />
      <ThemeToggle />
    </header>
  );
}
