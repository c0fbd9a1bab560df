import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface AdjustLinksOptions {
  /** Prefixed to site-absolute URLs (`/docs/x`), so that links in specs work under a sub-path. */
  basePath?: string;
  /** Added to heading levels (h1 + 2 = h3), so a description never competes with the page's own headings. */
  headingOffset?: number;
}

function isSiteAbsolute(url: unknown): url is string {
  return typeof url === 'string' && url.startsWith('/') && !url.startsWith('//');
}

/**
 * Runs after sanitizing: it only rewrites attributes the sanitizer already let
 * through, and adds `rel` to links that leave the site.
 */
export function rehypeAdjustLinks(options: AdjustLinksOptions = {}) {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const offset = options.headingOffset ?? 0;
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const props = node.properties;
      if (node.tagName === 'a') {
        if (isSiteAbsolute(props.href)) props.href = `${basePath}${props.href}`;
        else if (typeof props.href === 'string' && /^https?:/i.test(props.href)) props.rel = ['noopener', 'noreferrer'];
      }
      if (node.tagName === 'img' && isSiteAbsolute(props.src)) props.src = `${basePath}${props.src}`;
      const heading = /^h([1-6])$/.exec(node.tagName);
      if (heading && offset > 0) node.tagName = `h${Math.min(6, Number(heading[1]) + offset)}`;
    });
  };
}
