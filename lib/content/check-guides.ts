import type { LinkTargets } from '../mdx/link-targets';
import { GuideCache } from './guide-cache';
import type { Guide } from './guides';

export interface GuideCheck {
  /** Guides that do not compile: `file:line:column: message`. */
  compileErrors: string[];
  /** Broken links, anchors and images: `file:line:column: broken link "...": why (did you mean ...?)`. */
  brokenLinks: string[];
}

/** Compiles every guide as its page will, with the link check on, and says what is broken where (leaving the results in `cache` for the pages). */
export async function checkGuides(guides: readonly Guide[], targets: LinkTargets, cache = new GuideCache(undefined)): Promise<GuideCheck> {
  const result: GuideCheck = { compileErrors: [], brokenLinks: [] };
  for (const guide of guides) {
    if (guide.problem) continue;
    const compiled = await cache.compile(guide, targets);
    if (!compiled.ok) {
      result.compileErrors.push(`${guide.file}:${compiled.line ?? '?'}:${compiled.column ?? '?'}: ${compiled.message}`);
      continue;
    }
    for (const problem of compiled.linkProblems) result.brokenLinks.push(`${guide.file}:${problem.line ?? '?'}:${problem.column ?? '?'}: ${problem.message}`);
  }
  return result;
}
