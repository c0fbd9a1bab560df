'use client';

import { BASE_PATH } from '@/components/base-path';
import { PageLink } from '@/components/layout/page-link';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createSearchIndex, type SearchIndex } from '@/lib/search/create-search-index';
import type { SearchDocument } from '@/lib/search/search-document';
import { MethodBadge } from '@/components/reference/method-badge';

let indexPromise: Promise<SearchIndex> | undefined;
function loadIndex(): Promise<SearchIndex> {
  indexPromise ??= fetch(`${BASE_PATH}/search-index.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`search index answered ${response.status}`);
      return response.json() as Promise<SearchDocument[]>;
    })
    .then(createSearchIndex)
    .catch((error: unknown) => {
      indexPromise = undefined;
      throw error;
    });
  return indexPromise;
}

export function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [index, setIndex] = useState<SearchIndex>();
  const [failure, setFailure] = useState<string>();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => (index ? index.search(query, 20) : []), [index, query]);

  useEffect(() => {
    loadIndex().then(setIndex, (error: Error) => setFailure(error.message));
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'Escape') {
      // A search input would only clear itself on the first Escape; close at once instead.
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (results.length ? (current + step + results.length) % results.length : 0));
    } else if (event.key === 'Enter' && results[active]) {
      event.preventDefault();
      dialogRef.current?.querySelector<HTMLAnchorElement>(`[data-result="${active}"]`)?.click();
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="search-dialog"
      aria-label="Search the documentation"
      onClose={onClose}
      onClick={(event) => event.target === dialogRef.current && onClose()}
    >
      <div className="search-box">
        <input
          type="search"
          autoFocus
          aria-label="Search"
          placeholder="Search guides and API reference"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close search">
          Esc
        </button>
      </div>
      {failure && <p className="search-status">Search is unavailable: {failure}</p>}
      {!failure && !index && <p className="search-status">Loading the index…</p>}
      {index && query.trim() && results.length === 0 && <p className="search-status">No results for “{query}”.</p>}
      <ul className="search-results" aria-label="Search results">
        {results.map((result, position) => (
          <li key={result.id}>
            <PageLink href={result.url} data-result={position} aria-current={position === active ? 'true' : undefined} onClick={onClose}>
              <span className="search-result-title">
                {result.method && <MethodBadge method={result.method} />}
                {result.title}
              </span>
              <span className="search-result-meta">
                {result.section}
                {result.path ? ` · ${result.path}` : ''}
              </span>
            </PageLink>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
