import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { remarkAlert } from 'remark-github-blockquote-alert';
import { remarkCodeBlocks } from './remark-code-blocks';
import { remarkHeadingIds, type TocEntry } from './remark-heading-ids';

export type CompileResult =
  | { ok: true; code: string; toc: TocEntry[] }
  | { ok: false; message: string; line?: number; column?: number };

/**
 * Compiles a guide's MDX body to a function body (run later with React's runtime).
 * Returns the error instead of throwing so one broken guide cannot stop the build.
 * `lineOffset` shifts positions past the frontmatter so they match the file.
 */
export async function compileMdx(source: string, lineOffset = 0): Promise<CompileResult> {
  try {
    const file = await compile(source, {
      outputFormat: 'function-body',
      remarkPlugins: [remarkGfm, remarkAlert, remarkHeadingIds, remarkCodeBlocks],
      development: false,
    });
    return { ok: true, code: String(file), toc: (file.data.toc as TocEntry[] | undefined) ?? [] };
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
