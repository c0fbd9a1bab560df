import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface GuideSection {
  /** The heading's id, as lib/mdx/remark-heading-ids.ts gives it on the page. */
  id: string;
  title: string;
  depth: 2 | 3;
  /** Plain text of the paragraphs under the heading, up to the next heading. */
  text: string;
}

/**
 * The `h2`/`h3` sections of a guide's MDX, with the ids the rendered page gives them. Parsed as
 * Markdown, not compiled as MDX: only headings and paragraphs matter here, and a guide that does
 * not compile should still be findable. Ids count every heading in order, as the page's slugger does.
 */
export function listGuideSections(body: string): GuideSection[] {
  let tree: Root;
  try {
    tree = unified().use(remarkParse).parse(body);
  } catch {
    return [];
  }
  const slugger = new GithubSlugger();
  const sections: GuideSection[] = [];
  let current: GuideSection | undefined;
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const title = toString(heading);
      const id = slugger.slug(title);
      current = undefined;
      if (heading.depth === 2 || heading.depth === 3) {
        current = { id, title, depth: heading.depth, text: '' };
        sections.push(current);
      }
    } else if (current && node.type === 'paragraph' && current.text.length < 300) {
      current.text = `${current.text} ${toString(node)}`.trim();
    }
  }
  return sections;
}
