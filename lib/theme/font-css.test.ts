import { describe, expect, it } from 'vitest';
import { fontCss } from './font-css';

describe('fontCss', () => {
  it('is empty without fonts, so the system stacks stay', () => {
    expect(fontCss([])).toBe('');
  });

  it('declares each face with its format, weight and style, and leads the stacks with the families', () => {
    const css = fontCss([
      { role: 'text', url: '/sub/brand/fonts-text-0.woff2', weight: '100 900' },
      { role: 'text', url: '/sub/brand/fonts-text-1.woff2', weight: '400', style: 'italic' },
      { role: 'code', url: '/sub/brand/fonts-code-0.ttf' },
    ]);
    expect(css).toContain('@font-face{font-family:"Portal Text";src:url("/sub/brand/fonts-text-0.woff2") format("woff2");font-display:swap;font-weight:100 900}');
    expect(css).toContain('font-weight:400;font-style:italic}');
    expect(css).toContain('src:url("/sub/brand/fonts-code-0.ttf") format("truetype")');
    expect(css).toMatch(/:root\{--font:"Portal Text",var\(--font-system\);--mono:"Portal Code",var\(--mono-system\)\}$/);
  });

  it('cannot close the inline <style> or the url string', () => {
    const css = fontCss([{ role: 'text', url: '/a"</style><script>x()</script>.woff2' }]);
    expect(css).not.toContain('</style>');
    expect(css).toContain('url("/a\\"\\3c /style>\\3c script>x()\\3c /script>.woff2")');
  });
});
