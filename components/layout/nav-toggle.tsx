import { CloseIcon, MenuIcon } from '@/components/icons/icons';

/** The menu button of the phone layout: opens the sidebar as a drawer (components/islands/nav-toggle.ts); CSS swaps the icon. */
export function NavToggle() {
  return (
    <button type="button" className="icon-button nav-toggle" aria-label="Menu" aria-expanded="false" aria-controls="site-sidebar">
      <MenuIcon className="nav-icon-closed" />
      <CloseIcon className="nav-icon-open" />
    </button>
  );
}
