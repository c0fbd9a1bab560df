import { compileMdx } from '../mdx/compile-mdx';
import type { LinkTargets } from '../mdx/link-targets';
import { guideHref, type Guide } from './guides';

export interface GuideCheck {
  /** Guides that do not compile: `file:line:column: message`. */
  compileErrors: string[];
  /** Broken links, anchors and images: `file:line:column: broken link "...": why (did you mean ...?)`. */
  brokenLinks: string[];
}

/** Compiles every guide as its page will, with the link check on, and says what is broken where. */
export async function checkGuides(guides: readonly Guide[], targets: LinkTargets): Promise<GuideCheck> {
  const result: GuideCheck = { compileErrors: [], brokenLinks: [] };
  for (const guide of guides) {
    if (guide.problem) continue;
    const compiled = await compileMdx(guide.body, guide.bodyLineOffset, { targets, pageHref: guideHref(guide.slug), docsPath: guide.docsPath });
    if (!compiled.ok) {
      result.compileErrors.push(`${guide.file}:${compiled.line ?? '?'}:${compiled.column ?? '?'}: ${compiled.message}`);
      continue;
    }
    for (const problem of compiled.linkProblems) result.brokenLinks.push(`${guide.file}:${problem.line ?? '?'}:${problem.column ?? '?'}: ${problem.message}`);
  }
  return result;
}
