'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SearchAnswer } from '@/lib/search/create-search-index';
import { getSearchIndexState, searchIndex, startLoadingSearchIndex, subscribeToSearchIndex } from './load-search-index';
import { readRecentSearches, rememberSearch } from './recent-searches';
import { resultId, SearchResults } from './search-results';

const ALL = '';
const NO_ANSWER: SearchAnswer = { results: [], matchedTerms: [] };

/** An answer and what it answers, so a late one for an older query is recognised. */
interface Answered {
  key: string;
  answer: SearchAnswer;
}

/**
 * The search dialog over the build-time index (components/search/load-search-index.ts). The box
 * stays a searchbox (the contract tests and readers rely on) and points at the active result
 * with `aria-activedescendant`. Arrows move, Enter opens, Ctrl/Cmd+Enter opens in a new tab, Esc closes.
 */
export function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const state = useSyncExternalStore(subscribeToSearchIndex, getSearchIndexState, getSearchIndexState);
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState(ALL);
  const [active, setActive] = useState(0);
  const [answered, setAnswered] = useState<Answered>({ key: '', answer: NO_ANSWER });
  // Enter pressed before the answer to the current query came: open its result when it does.
  const openWhenAnswered = useRef<{ newTab: boolean } | undefined>(undefined);
  const typed = query.trim();
  const key = `${scope}\n${query}\n${state.loaded}`;
  const settled = answered.key === key;
  // Until the new answer comes (a few ms from the worker), the previous results stay instead of flickering away.
  const answer = typed && state.ready ? answered.answer : NO_ANSWER;
  const results = answer.results;

  useEffect(() => {
    if (!state.ready || !query.trim()) return;
    let current = true;
    // `state.loaded` is in the key on purpose: each file that arrives can add results.
    void searchIndex(query, { limit: 20, scope: scope || undefined }).then((next) => current && setAnswered({ key, answer: next }));
    return () => {
      current = false;
    };
  }, [key, query, scope, state.ready]);

  useEffect(() => {
    const wanted = openWhenAnswered.current;
    if (!wanted || !settled) return;
    openWhenAnswered.current = undefined;
    openResult(active, wanted.newTab);
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      // Loads once per page; after a failure (offline, a redeploy mid-load) each opening tries again.
      startLoadingSearchIndex();
      dialog.showModal();
      inputRef.current?.select();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  function openResult(position: number, newTab: boolean) {
    const link = dialogRef.current?.querySelector<HTMLAnchorElement>(`[data-result="${position}"]`);
    if (!link) return;
    rememberSearch(query);
    if (newTab) {
      window.open(link.href, '_blank', 'noopener');
      return;
    }
    link.click();
  }

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'Escape') {
      // A search input would only clear itself on the first Escape; close at once instead.
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = results.length ? (active + step + results.length) % results.length : 0;
      setActive(next);
      document.getElementById(resultId(next))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter' && typed) {
      event.preventDefault();
      if (settled) openResult(active, event.ctrlKey || event.metaKey);
      else openWhenAnswered.current = { newTab: event.ctrlKey || event.metaKey };
    }
  }

  // Read when shown: another tab or an earlier opening may have added one.
  const recent = typed ? [] : readRecentSearches();
  const activeId = results[active] ? resultId(active) : undefined;
  const scopeTitle = state.scopes.find((candidate) => candidate.id === scope)?.title;
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
          ref={inputRef}
          type="search"
          aria-controls="search-results"
          aria-activedescendant={activeId}
          aria-autocomplete="list"
          autoFocus
          aria-label="Search"
          placeholder="Operation, path, operationId, property, guide…"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        {state.scopes.length > 1 && (
          <select aria-label="Search in" value={scope} onChange={(event) => setScope(event.target.value)}>
            <option value={ALL}>Everywhere</option>
            {state.scopes.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
        )}
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close search">
          Esc
        </button>
      </div>
      {state.failure && <p className="search-status">Search is unavailable: {state.failure}</p>}
      {!state.failure && !state.ready && <p className="search-status">Loading the index…</p>}
      {state.ready && typed && settled && results.length === 0 && (
        <p className="search-status" role="status">
          Nothing {scopeTitle ? `in ${scopeTitle} ` : ''}matches “{typed}”
          {state.loaded < state.total ? ' yet (still loading)' : ''}. Try a path (<code>/users/42</code> or a URL you called), an operationId, or fewer words.
        </p>
      )}
      {!typed && recent.length > 0 && (
        <div className="search-recent">
          <p className="search-status">Recent searches</p>
          <ul>
            {recent.map((item) => (
              <li key={item}>
                <button type="button" onClick={() => setQuery(item)}>
                  {item}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <SearchResults
        results={results}
        matchedTerms={answer.matchedTerms}
        active={active}
        onOpen={(event) => {
          rememberSearch(query);
          if (!event.ctrlKey && !event.metaKey) onClose();
        }}
      />
    </dialog>
  );
}
