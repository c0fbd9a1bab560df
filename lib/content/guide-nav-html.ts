import type { ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { folderContains, type GuideNavNode } from './build-guide-tree';

/** Lucide's external-link glyph (ISC licence; the paths of lucide-react's external-link icon), written out because this tree is an HTML string, not React: decoration, hidden from assistive technology. */
const EXTERNAL_ICON = s('svg', { xmlns: 'http://www.w3.org/2000/svg', width: 14, height: 14, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round', ariaHidden: 'true', focusable: 'false', className: 'icon' }, [
  s('path', { d: 'M15 3h6v6' }),
  s('path', { d: 'M10 14 21 3' }),
  s('path', { d: 'M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6' }),
]);

function pageLink(href: string, title: string, currentPath: string, basePath: string): ElementContent {
  return h('a', { href: href.startsWith('/') ? `${basePath}${href}` : href, 'aria-current': href === currentPath ? 'page' : undefined }, title);
}

function item(node: GuideNavNode, currentPath: string, basePath: string): ElementContent {
  switch (node.kind) {
    case 'page':
      return h('li', [pageLink(node.href, node.title, currentPath, basePath)]);
    case 'separator':
      return h('li', { className: 'nav-separator' }, node.title);
    case 'external':
      return h('li', [h('a', { href: node.href, rel: 'noopener' }, [`${node.title} `, structuredClone(EXTERNAL_ICON)])]);
    case 'folder':
      // <details> folds without JavaScript; the folder holding the current page starts open.
      return h('li', [
        h('details', { className: 'nav-folder', open: node.defaultOpen || folderContains(node, currentPath) }, [
          h('summary', [h('span', { className: 'nav-folder-title' }, node.title)]),
          // A link inside <summary> would be a control inside a control (axe: nested-interactive): the folder's own page leads its list.
          ...(node.href ? [h('ul', { className: 'nav-folder-index' }, [h('li', [pageLink(node.href, node.title, currentPath, basePath)])])] : []),
          h('ul', items(node.children, currentPath, basePath)),
        ]),
      ]);
  }
}

function items(nodes: readonly GuideNavNode[], currentPath: string, basePath: string): ElementContent[] {
  return nodes.map((node) => item(node, currentPath, basePath));
}

/**
 * The guides' tree as the `<li>` items of a list, in HTML: the current page marked, the folders
 * holding it open. A string rather than React elements, so a big tree (hundreds of guides) is
 * not rendered, and carried in React's payload, once more on every page (see StaticHtml).
 */
export function guideNavItemsHtml(nodes: readonly GuideNavNode[], currentPath: string, basePath = ''): string {
  return toHtml({ type: 'root', children: items(nodes, currentPath, basePath) });
}
