import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { displayPath } from '../cli/format-problems';
import type { Problem } from '../openapi/types';

/**
 * Spec errors or warnings as HTML (the inside of `.problems`): where each is (file, line,
 * pointer) and what to do. A string, not React elements, so that a big spec's hundreds of
 * warnings (GitHub's: 276, 190 KB) stay out of the overview's React payload. File paths are
 * shown relative to `cwd`: a published page should not spell out the build machine's folders.
 * hast-util-to-html escapes every text, so spec text stays text.
 */
export function problemsHtml(problems: readonly Problem[], title: string, cwd: string): string {
  return toHtml([
    h('h3', title),
    h(
      'ul',
      problems.map((problem) =>
        h('li', { className: ['problem', `problem-${problem.severity}`] }, [
          h('div', { className: 'problem-where' }, [
            h('span', { className: 'flag' }, problem.severity),
            ' ',
            h('code', problem.code),
            ' ',
            h('code', `${displayPath(problem.file, cwd)}${problem.line !== undefined ? `:${problem.line}` : ''}`),
            ...(problem.pointer ? [' at ', h('code', problem.pointer)] : []),
          ]),
          h('p', { className: 'problem-message' }, problem.message),
          ...(problem.hint ? [h('p', { className: 'problem-hint' }, `Hint: ${problem.hint}`)] : []),
        ]),
      ),
    ),
  ]);
}
