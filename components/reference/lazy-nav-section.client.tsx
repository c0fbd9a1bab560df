'use client';

import { PageLink } from '@/components/layout/page-link.client';
import { useState } from 'react';
import type { NavItem } from '@/lib/reference/build-api-nav';
import { NavLinkList } from './nav-link-list';

const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'loaded'; items: NavItem[] } | { kind: 'failed' };

/**
 * A collapsed sidebar section whose links are fetched from a small static JSON
 * file when the reader opens it, so a page of a 1,000-operation API does not
 * carry the whole navigation. Without JavaScript it links to the section on
 * the overview page.
 */
export function LazyNavSection({ title, count, dataUrl, overviewHref }: { title: string; count: number; dataUrl: string; overviewHref: string }) {
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

  return (
    <details className="nav-section" onToggle={(event) => event.currentTarget.open && load()}>
      <summary>
        <span className="nav-section-title">{title}</span>
        <span className="nav-count">{count}</span>
      </summary>
      {state.kind === 'loaded' ? (
        <NavLinkList items={state.items} />
      ) : (
        <p className="nav-more">
          {state.kind === 'loading' ? <span aria-live="polite">Loading…</span> : <PageLink href={overviewHref}>All {count} in {title}</PageLink>}
        </p>
      )}
    </details>
  );
}
