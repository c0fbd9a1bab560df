import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown';

const HOSTILE = [
  '<script>window.__xss = 1</script>',
  '<img src="x" onerror="window.__xss = 1">',
  '[click](javascript:window.__xss=1)',
  '[click2](JaVaScRiPt:alert(1))',
  '<a href="javascript:alert(1)">raw</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<p style="position:fixed;inset:0">cover</p>',
  '<div onclick="alert(1)" onmouseover="alert(1)">hover</div>',
  '<svg><script>alert(1)</script></svg>',
  '<style>body{display:none}</style>',
  '<object data="x"></object><embed src="x">',
  '<form action="https://evil.example"><input name="a"></form>',
  '<a href="data:text/html,<script>alert(1)</script>">data</a>',
  '</script><script>alert(1)</script>',
  '<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<details open ontoggle="alert(1)"><summary>s</summary>d</details>',
].join('\n\n');

describe('renderMarkdown', () => {
  it('renders GFM: emphasis, tables, task lists, autolinks, code', () => {
    const html = renderMarkdown('**bold** and `code`\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n- [x] done\n\nsee https://example.com');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<table>');
    expect(html).toContain('align="center"');
    expect(html).toContain('type="checkbox"');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">https://example.com</a>');
  });

  it('renders GitHub alerts as titled boxes and keeps other blockquotes and classes as they were', () => {
    const html = renderMarkdown('> [!NOTE]\n> - You need **admin** rights.\n\n> [!CAUTION]\n> Deletes <b>everything</b>.\n\n> Just a quote.\n\n<div class="markdown-alert-note evil">x</div>');
    expect(html).toContain('<div class="markdown-alert markdown-alert-note" dir="auto">\n<p class="markdown-alert-title" dir="auto">NOTE</p>');
    expect(html).toContain('<li>You need <strong>admin</strong> rights.</li>');
    expect(html).toContain('<div class="markdown-alert markdown-alert-caution" dir="auto">');
    expect(html).toContain('<blockquote>\n<p>Just a quote.</p>\n</blockquote>');
    expect(html).not.toContain('[!NOTE]');
    expect(html).not.toContain('evil');
    expect(html).not.toContain('<svg');
  });

  it('keeps harmless raw HTML such as <br> and <b>', () => {
    expect(renderMarkdown('one<br>two <b>bold</b>')).toBe('<p>one<br>two <b>bold</b></p>');
  });

  it('strips scripts, handlers, dangerous URLs, frames and styles', () => {
    const html = renderMarkdown(HOSTILE);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<style/i);
    expect(html).not.toMatch(/<iframe|<object|<embed|<form|<base|<meta|<svg|<math/i);
    // GitHub's schema keeps only task-list checkboxes, always disabled.
    for (const input of html.match(/<input[^>]*>/g) ?? []) expect(input).toMatch(/disabled type="checkbox"/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/href="data:/i);
    expect(html).not.toMatch(/style=/i);
    expect(html).not.toContain('__xss = 1"');
    // The harmless text survives.
    expect(html).toContain('hover');
    expect(html).toContain('cover');
  });

  it.each([
    ['[x](javascript:alert(1))', '<p><a>x</a></p>'],
    ['<a href="vbscript:msgbox(1)">v</a>', '<p><a>v</a></p>'],
    ['<a href="java&#x0A;script:alert(1)">n</a>', '<p><a>n</a></p>'],
    ['<a href=" javascript:alert(1)">sp</a>', '<p><a>sp</a></p>'],
    ['[d](data:text/html,x)', '<p><a>d</a></p>'],
    ['<img src="vbscript:x">', '<img>'],
  ])('keeps the text of %j but drops its non-web URL (the URL policy for Markdown)', (source, html) => {
    expect(renderMarkdown(source)).toBe(html);
  });

  it('escapes text that looks like markup in code', () => {
    const html = renderMarkdown('`</script><script>alert(1)</script>`');
    expect(html).toBe('<p><code>&#x3C;/script>&#x3C;script>alert(1)&#x3C;/script></code></p>');
  });

  it('prefixes site-absolute links and images with the base path, not protocol-relative ones', () => {
    const html = renderMarkdown('[guide](/docs/pagination) ![logo](/logo.png) [x](//evil.example/a) [rel](other)', { basePath: '/sub/' });
    expect(html).toContain('href="/sub/docs/pagination"');
    expect(html).toContain('src="/sub/logo.png"');
    expect(html).toContain('href="//evil.example/a"');
    expect(html).toContain('href="other"');
  });

  it('demotes headings by the offset and prefixes their ids against DOM clobbering', () => {
    const html = renderMarkdown('# Title\n\n###### Small\n\n<h2 id="main">x</h2>', { headingOffset: 2 });
    expect(html).toContain('<h3>Title</h3>');
    expect(html).toContain('<h6>Small</h6>');
    expect(html).toContain('<h4 id="user-content-main">x</h4>');
  });

  it('reuses one pipeline per set of options, so calls with other options are not mixed up', () => {
    const link = '[guide](/docs/a)\n\n# Title';
    expect(renderMarkdown(link, { basePath: '/one' })).toBe('<p><a href="/one/docs/a">guide</a></p>\n<h1>Title</h1>');
    expect(renderMarkdown(link, { basePath: '/two', headingOffset: 1 })).toBe('<p><a href="/two/docs/a">guide</a></p>\n<h2>Title</h2>');
    expect(renderMarkdown(link, { basePath: '/one' })).toBe('<p><a href="/one/docs/a">guide</a></p>\n<h1>Title</h1>');
    expect(renderMarkdown(link)).toBe('<p><a href="/docs/a">guide</a></p>\n<h1>Title</h1>');
  });

  it('returns an empty string for blank input', () => {
    expect(renderMarkdown('  \n')).toBe('');
  });
});
