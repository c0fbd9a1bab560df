import { describe, expect, it } from 'vitest';
import type { Problem } from '../openapi/types';
import { problemsHtml } from './problems-html';

const problem: Problem = {
  severity: 'warning',
  code: 'unknown-format',
  message: 'Unknown format "<img src=x onerror=alert(1)>"',
  file: '/build/site/content/openapi/spec.json',
  line: 71657,
  pointer: '/paths/~1repos/post/requestBody',
  hint: 'Use a format Portico knows & validates.',
};

describe('problemsHtml', () => {
  it('shows where each problem is, relative to the build folder, and its hint', () => {
    expect(problemsHtml([problem], 'Warnings', '/build/site')).toBe(
      '<h3>Warnings</h3><ul><li class="problem problem-warning"><div class="problem-where"><span class="flag">warning</span> <code>unknown-format</code> ' +
        '<code>content/openapi/spec.json:71657</code> at <code>/paths/~1repos/post/requestBody</code></div>' +
        '<p class="problem-message">Unknown format "&#x3C;img src=x onerror=alert(1)>"</p><p class="problem-hint">Hint: Use a format Portico knows &#x26; validates.</p></li></ul>',
    );
  });

  it('leaves out what a problem does not have, and keeps paths outside the build folder whole', () => {
    const bare: Problem = { severity: 'error', code: 'bundle-failed', message: 'Cannot bundle', file: '/elsewhere/spec.yaml', pointer: '' };
    expect(problemsHtml([bare], 'Errors', '/build/site')).toBe(
      '<h3>Errors</h3><ul><li class="problem problem-error"><div class="problem-where"><span class="flag">error</span> <code>bundle-failed</code> <code>/elsewhere/spec.yaml</code></div><p class="problem-message">Cannot bundle</p></li></ul>',
    );
  });
});
