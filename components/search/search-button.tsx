import { SearchIcon } from '@/components/icons/icons';

/** The header's search button; components/islands/search.ts opens the dialog on it and on Ctrl/Cmd+K or `/`. */
export function SearchButton() {
  return (
    <button type="button" className="search-button needs-js" aria-label="Search" aria-keyshortcuts="Control+K Meta+K /">
      <SearchIcon size={16} />
      <span className="search-label">Search</span>
      <kbd aria-hidden="true">Ctrl K</kbd>
    </button>
  );
}
