'use client';

import { BASE_PATH } from '@/components/base-path';
import { PageLink } from '@/components/layout/page-link';
import { useState } from 'react';
import type { NavItem } from '@/lib/reference/build-api-nav';
import { NavLinkList } from './nav-link-list';

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'loaded'; items: NavItem[] } | { kind: 'failed' };

export interface LazyNavSectionProps {
  title: string;
  count: number;
  dataUrl: string;
  overviewHref: string;
  /** For the current section of a long list: the links around the page, shown open until the reader asks for all. */
  nearby?: NavItem[];
  currentHref?: string;
}

/**
 * A sidebar section whose links are fetched from a small static JSON file when the
 * reader opens it (or, for a long current section, asks for all of them), so a page
 * of a 1,000-operation API does not carry the whole navigation. Without JavaScript
 * it links to the section on the overview page.
 */
export function LazyNavSection({ title, count, dataUrl, overviewHref, nearby, currentHref }: LazyNavSectionProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function load() {
    if (state.kind === 'loading' || state.kind === 'loaded') return;
    setState({ kind: 'loading' });
    try {
      const response = await fetch(`${BASE_PATH}${dataUrl}`);
      if (!response.ok) throw new Error(String(response.status));
      const data = (await response.json()) as { items: NavItem[] };
      setState({ kind: 'loaded', items: data.items });
    } catch {
      setState({ kind: 'failed' });
    }
  }

  const more =
    state.kind === 'loading' ? (
      <span aria-live="polite">Loading…</span>
    ) : nearby ? (
      <>
        <button type="button" className="nav-show-all" onClick={load}>
          Show all {count}
        </button>{' '}
        <PageLink href={overviewHref}>on the overview</PageLink>
      </>
    ) : (
      <PageLink href={overviewHref}>All {count} in {title}</PageLink>
    );

  return (
    <details className="nav-section" open={nearby ? true : undefined} onToggle={(event) => !nearby && event.currentTarget.open && load()}>
      <summary>
        <span className="nav-section-title">{title}</span>
        <span className="nav-count">{count}</span>
      </summary>
      {state.kind === 'loaded' ? <NavLinkList items={state.items} currentHref={currentHref} /> : nearby && <NavLinkList items={nearby} currentHref={currentHref} />}
      {state.kind !== 'loaded' && <p className="nav-more">{more}</p>}
    </details>
  );
}
