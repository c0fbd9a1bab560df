import { ExternalLinkIcon } from '@/components/icons/icons';
import { PageLink } from '@/components/layout/page-link';
import { folderContains, type GuideNavNode } from '@/lib/content/build-guide-tree';

function NavItem({ node, currentPath }: { node: GuideNavNode; currentPath: string }) {
  switch (node.kind) {
    case 'page':
      return (
        <li>
          <PageLink href={node.href} aria-current={node.href === currentPath ? 'page' : undefined}>
            {node.title}
          </PageLink>
        </li>
      );
    case 'separator':
      return (
        <li className="nav-separator">
          {node.title}
        </li>
      );
    case 'external':
      return (
        <li>
          <a href={node.href} rel="noopener">
            {node.title} <ExternalLinkIcon size={14} />
          </a>
        </li>
      );
    case 'folder':
      // <details> folds without JavaScript; the folder holding the current page starts open.
      return (
        <li>
          <details className="nav-folder" open={node.defaultOpen || folderContains(node, currentPath)}>
            <summary>
              <span className="nav-folder-title">{node.title}</span>
            </summary>
            {/* A link inside <summary> would be a control inside a control (axe: nested-interactive): the folder's own page leads its list. */}
            {node.href && (
              <ul className="nav-folder-index">
                <li>
                  <PageLink href={node.href} aria-current={node.href === currentPath ? 'page' : undefined}>
                    {node.title}
                  </PageLink>
                </li>
              </ul>
            )}
            <GuideNavList nodes={node.children} currentPath={currentPath} />
          </details>
        </li>
      );
  }
}

/** The guides' tree as nested lists: static HTML, no island. */
export function GuideNavList({ nodes, currentPath }: { nodes: readonly GuideNavNode[]; currentPath: string }) {
  return (
    <ul>
      {nodes.map((node, index) => (
        <NavItem key={`${node.kind}:${'href' in node ? node.href : ''}:${node.title}:${index}`} node={node} currentPath={currentPath} />
      ))}
    </ul>
  );
}
