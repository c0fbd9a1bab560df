import type { Code, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

/**
 * Turns ```` ```mermaid ```` fences into `<Mermaid code="...">` (a server component whose diagram
 * is drawn by a client island that loads mermaid only on that page) and sets `file.data.hasMermaid`.
 */
export function remarkMermaid() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      const element: MdxJsxFlowElement = {
        type: 'mdxJsxFlowElement',
        name: 'Mermaid',
        attributes: [{ type: 'mdxJsxAttribute', name: 'code', value: node.value }],
        children: [],
      };
      parent.children.splice(index, 1, element);
      file.data.hasMermaid = true;
    });
  };
}
