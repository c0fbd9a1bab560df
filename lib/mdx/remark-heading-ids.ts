import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

export interface TocEntry {
  id: string;
  title: string;
  depth: number;
}

/**
 * Gives every heading a GitHub-style id and records h2/h3 in `file.data.toc` for the page's table
 * of contents, and every id in `file.data.headingIds` for the link check.
 */
export function remarkHeadingIds() {
  return (tree: Root, file: VFile) => {
    const slugger = new GithubSlugger();
    const toc: TocEntry[] = [];
    const ids: string[] = [];
    visit(tree, 'heading', (node) => {
      const title = toString(node);
      const id = slugger.slug(title);
      node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id } };
      ids.push(id);
      if (node.depth === 2 || node.depth === 3) toc.push({ id, title, depth: node.depth });
    });
    file.data.toc = toc;
    file.data.headingIds = ids;
  };
}
