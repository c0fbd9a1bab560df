import { PageLink } from '@/components/layout/page-link';
import { NavToggle } from './nav-toggle.client';
import { ThemeToggle } from './theme-toggle.client';
import { SearchButton } from '@/components/search/search-button.client';

export function SiteHeader({ title }: { title: string }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <NavToggle />
      <PageLink href="/" className="site-title">
        {title}
      </PageLink>
      <span className="header-spacer" />
      <SearchButton />
      <ThemeToggle />
    </header>
  );
}
