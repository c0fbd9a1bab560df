import type { Code, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

export interface CodeMeta {
  title?: string;
  /** `{1,3-4}` line ranges, as written. */
  highlight?: string;
}

/** Reads a fence's meta string: `title="List books" {2,4-5}`. */
export function parseCodeMeta(meta: string | null | undefined): CodeMeta {
  const text = meta ?? '';
  const title = /title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(text);
  const highlight = /\{[\d,\s-]+\}/.exec(text);
  return { title: title ? (title[1] ?? title[2] ?? title[3]) : undefined, highlight: highlight?.[0] };
}

function attribute(name: string, value: string | undefined): MdxJsxAttribute[] {
  return value === undefined ? [] : [{ type: 'mdxJsxAttribute', name, value }];
}

/**
 * Turns every code fence into `<CodeBlock lang title highlight code>` so that one
 * server component highlights it with shiki and adds the copy button.
 */
export function remarkCodeBlocks() {
  return (tree: Root) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!parent || index === undefined) return;
      const meta = parseCodeMeta(node.meta);
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'CodeBlock',
        attributes: [
          ...attribute('lang', node.lang ?? undefined),
          ...attribute('title', meta.title),
          ...attribute('highlight', meta.highlight),
          ...attribute('code', node.value),
        ],
        children: [],
      };
      parent.children.splice(index, 1, element);
    });
  };
}
