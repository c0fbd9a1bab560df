'use client';

import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { SearchIcon } from '@/components/icons/icons';

// The dialog and the index load only when search is first opened.
const SearchDialog = dynamic(() => import('./search-dialog.client').then((module) => module.SearchDialog), { ssr: false });

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)));
}

export function SearchButton() {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
      if (shortcut || (event.key === '/' && !isTyping(event.target))) {
        event.preventDefault();
        setLoaded(true);
        setOpen(true);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        className="search-button needs-js"
        aria-label="Search"
        aria-keyshortcuts="Control+K Meta+K /"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        <SearchIcon size={16} />
        <span className="search-label">Search</span>
        <kbd aria-hidden="true">Ctrl K</kbd>
      </button>
      {loaded && <SearchDialog open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
