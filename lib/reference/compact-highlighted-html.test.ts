import { describe, expect, it } from 'vitest';
import { highlightCode } from '../highlight/highlight-code';
import { compactHighlightedHtml } from './compact-highlighted-html';

describe('compactHighlightedHtml', () => {
  it('replaces known colour pairs with classes, drops the default one, keeps unknown ones inline', () => {
    const html = [
      '<span style="--shiki-light:#D73A49;--shiki-dark:#F97583">if</span>',
      '<span style="--shiki-light:#24292E;--shiki-dark:#E1E4E8"> (</span>',
      '<span style="--shiki-light:#123456;--shiki-dark:#654321">x</span>',
      '<span style="--shiki-light:#24292e;--shiki-dark:#e1e4e8;font-style:italic">y</span>',
    ].join('');
    expect(compactHighlightedHtml(html)).toBe(
      '<span class="tk-k">if</span><span> (</span><span style="--shiki-light:#123456;--shiki-dark:#654321">x</span><span style="--shiki-light:#24292e;--shiki-dark:#e1e4e8;font-style:italic">y</span>',
    );
  });

  it('shrinks real highlighted JSON and keeps its text', async () => {
    const code = JSON.stringify({ title: 'Dune', pages: 412, tags: ['sf', null, true] }, null, 2);
    const html = await highlightCode(code, { lang: 'json' });
    const compact = compactHighlightedHtml(html);
    expect(compact.length).toBeLessThan(html.length * 0.6);
    const text = (s: string) => s.replace(/<[^>]+>/g, '');
    expect(text(compact)).toBe(text(html));
    expect(compact).not.toMatch(/<span style="--shiki-light:#[0-9A-F]+;--shiki-dark:#[0-9A-F]+">/);
  });
});
