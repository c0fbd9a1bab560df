import { BASE_PATH } from '@/components/base-path';
import { StaticHtml } from '@/components/static-html';
import type { GuideNavNode } from '@/lib/content/build-guide-tree';
import { guideNavItemsHtml } from '@/lib/content/guide-nav-html';

/** The guides' tree as nested lists: static HTML (folders are <details>), no island, not in React's payload. */
export function GuideNavList({ nodes, currentPath, className }: { nodes: readonly GuideNavNode[]; currentPath: string; className?: string }) {
  return <StaticHtml as="ul" className={className} html={guideNavItemsHtml(nodes, currentPath, BASE_PATH)} />;
}
