import type { ReactNode } from 'react';
import type { TocEntry } from '@/lib/mdx/remark-heading-ids';
import { ISLANDS_ONLY_ATTRIBUTE } from '@/lib/static-html/islands-only';
import { TableOfContents } from './table-of-contents';

/**
 * Sidebar, main content and (when given) the on-page table of contents.
 * @param hydrate the page has a React island that Next must hydrate (the explorer). Other pages
 *   have only plain islands, so the build drops Next's scripts and React's payload from their HTML
 *   and loads the islands' module instead (lib/static-html/islands-only.ts).
 */
export function PageShell({ sidebar, toc, hydrate = false, children }: { sidebar: ReactNode; toc?: TocEntry[]; hydrate?: boolean; children: ReactNode }) {
  const hasToc = Boolean(toc && toc.length > 0);
  return (
    <div className={hasToc ? 'page-grid' : 'page-grid no-toc'}>
      {sidebar}
      <main id="main" className="content" {...(hydrate ? {} : { [ISLANDS_ONLY_ATTRIBUTE]: '' })}>
        {children}
      </main>
      {hasToc && <TableOfContents entries={toc!} />}
    </div>
  );
}
