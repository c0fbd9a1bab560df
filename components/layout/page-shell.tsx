import type { ReactNode } from 'react';
import type { TocEntry } from '@/lib/mdx/remark-heading-ids';
import { TableOfContents } from './table-of-contents';
import { LazySchemaRefs } from '@/components/reference/lazy-schema-refs.client';
import { RevealHashTarget } from './reveal-hash-target.client';

/** Sidebar, main content and (when given) the on-page table of contents. */
export function PageShell({ sidebar, toc, children }: { sidebar: ReactNode; toc?: TocEntry[]; children: ReactNode }) {
  const hasToc = Boolean(toc && toc.length > 0);
  return (
    <div className={hasToc ? 'page-grid' : 'page-grid no-toc'}>
      {sidebar}
      <main id="main" className="content">
        {children}
      </main>
      <LazySchemaRefs />
      <RevealHashTarget />
      {hasToc && <TableOfContents entries={toc!} />}
    </div>
  );
}
