import { compile, createProcessor, type CompileOptions } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { remarkAlert } from 'remark-github-blockquote-alert';
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { remarkCodeBlocks } from './remark-code-blocks';
import { LINK_PROBLEM_SOURCE, remarkGuideLinks, type GuideLinkOptions } from './remark-guide-links';
import { remarkHeadingIds, type TocEntry } from './remark-heading-ids';
import { remarkMermaid } from './remark-mermaid';

/** A broken link, anchor or image, placed in the guide's file. */
export interface LinkProblem {
  message: string;
  line?: number;
  column?: number;
}

export type CompileResult =
  | { ok: true; code: string; toc: TocEntry[]; linkProblems: LinkProblem[]; hasMermaid: boolean }
  | { ok: false; message: string; line?: number; column?: number };

/**
 * Compiles a guide's MDX body to a function body (run later with React's runtime).
 * Returns the error instead of throwing so one broken guide cannot stop the build.
 * `lineOffset` shifts positions past the frontmatter so they match the file. With `links`,
 * links and images are checked and rewritten (see remarkGuideLinks); what is broken comes back
 * in `linkProblems`, since whether it fails the build is the caller's choice.
 */
export async function compileMdx(source: string, lineOffset = 0, links?: GuideLinkOptions): Promise<CompileResult> {
  try {
    const linkCheck: CompileOptions['remarkPlugins'] = links ? [[remarkGuideLinks, links]] : [];
    const file = await compile(new VFile(source), {
      outputFormat: 'function-body',
      remarkPlugins: [remarkGfm, remarkAlert, remarkHeadingIds, ...linkCheck, remarkMermaid, remarkCodeBlocks],
      development: false,
    });
    const linkProblems = file.messages
      .filter((message) => message.source === LINK_PROBLEM_SOURCE)
      .map((message) => ({ message: message.reason, line: message.line === undefined ? undefined : message.line + lineOffset, column: message.column }));
    return { ok: true, code: String(file), toc: (file.data.toc as TocEntry[] | undefined) ?? [], linkProblems, hasMermaid: Boolean(file.data.hasMermaid) };
  } catch (error) {
    const place = error as { reason?: string; message: string; line?: number; column?: number };
    const message = place.reason ?? place.message;
    // Some MDX errors carry their position only in the text, as "(3:1-3:10)".
    const inText = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(message);
    const line = place.line ?? (inText ? Number(inText[1]) : undefined);
    const column = place.column ?? (inText ? Number(inText[2]) : undefined);
    return { ok: false, message, line: line === undefined ? undefined : line + lineOffset, column };
  }
}

/** Literal `id="..."` attributes on JSX elements (`<div id="limits">`): anchors a guide sets by hand. */
function jsxIds(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    for (const attribute of node.attributes) {
      // An expression (`id={name}`) is only known when the page runs, so it cannot be checked here.
      if (attribute.type === 'mdxJsxAttribute' && (attribute as MdxJsxAttribute).name === 'id' && typeof attribute.value === 'string') ids.push(attribute.value);
    }
  });
  return ids;
}

/**
 * The anchors of a guide as the page renders them, for checking `#anchor` links: its headings'
 * ids and the `id` attributes written on JSX elements. Empty when it does not parse.
 */
export function collectHeadingIds(source: string): string[] {
  try {
    const file = new VFile(source);
    const processor = createProcessor({ remarkPlugins: [remarkGfm] });
    const tree = processor.parse(file) as Root;
    remarkHeadingIds()(tree, file);
    return [...((file.data.headingIds as string[] | undefined) ?? []), ...jsxIds(tree)];
  } catch {
    return [];
  }
}
