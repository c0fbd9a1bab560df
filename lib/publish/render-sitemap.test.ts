import { describe, expect, it } from 'vitest';
import type { PageEntry } from '../site/page-registry';
import { renderLlmsFull, renderLlmsTxt } from './render-llms-txt';
import { renderRobots, renderSitemap } from './render-sitemap';

const pages: PageEntry[] = [
  { href: '/', title: 'Portal', section: 'home', params: {}, group: 'Portal', hasMarkdown: false },
  { href: '/docs/start/', title: 'Start', description: 'First steps.', section: 'guide', params: { slug: ['start'] }, group: 'Guides', hasMarkdown: true, lastModified: '2026-12-01T10:00:00.000Z' },
  { href: '/reference/pets/', title: 'Pets API', description: 'Pets.', section: 'overview', params: { apiId: 'pets' }, apiId: 'pets', group: 'Pets API', hasMarkdown: false },
  { href: '/reference/pets/list-pets/', title: 'List [all] pets', description: 'Lists\npets.', section: 'operation', params: { apiId: 'pets', slug: 'list-pets' }, apiId: 'pets', group: 'Pets API', hasMarkdown: true },
  { href: '/reference/pets/schemas/a%26b/', title: 'a&b', section: 'schema', params: { apiId: 'pets', name: 'a&b' }, apiId: 'pets', group: 'Pets API', hasMarkdown: false },
  { href: '/reference/pets/explorer/', title: 'Explorer', section: 'explorer', params: { apiId: 'pets' }, apiId: 'pets', group: 'Pets API', hasMarkdown: false },
];

describe('renderSitemap', () => {
  it('lists absolute URLs under the base path, with dates, without the explorer', () => {
    const xml = renderSitemap(pages, { siteUrl: 'https://docs.example.com/', basePath: '/sub' })!;
    expect(xml).toContain('<loc>https://docs.example.com/sub/</loc>');
    expect(xml).toContain('<url><loc>https://docs.example.com/sub/docs/start/</loc><lastmod>2026-12-01</lastmod></url>');
    expect(xml).not.toContain('explorer');
    expect(xml.match(/<url>/g)).toHaveLength(5);
  });

  it('escapes URLs for XML', () => {
    const xml = renderSitemap([{ ...pages[0], href: "/a&b'<c>/" }], { siteUrl: 'https://d.example', basePath: '' })!;
    expect(xml).toContain('<loc>https://d.example/a&amp;b&apos;&lt;c&gt;/</loc>');
  });

  it('is left out without siteUrl (the protocol wants absolute URLs)', () => {
    expect(renderSitemap(pages, { basePath: '' })).toBeUndefined();
  });
});

describe('renderRobots', () => {
  it('names the sitemap only when there is one', () => {
    expect(renderRobots({ siteUrl: 'https://d.example', basePath: '/sub' })).toBe('User-agent: *\nAllow: /\n\nSitemap: https://d.example/sub/sitemap.xml\n');
    expect(renderRobots({ basePath: '' })).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('renderLlmsTxt', () => {
  it('follows the llmstxt.org shape and links the Markdown twins', () => {
    const text = renderLlmsTxt({ title: 'Portal', description: 'Docs\nfor pets.' }, pages, { basePath: '/sub' });
    expect(text).toBe(
      [
        '# Portal',
        '',
        '> Docs for pets.',
        '',
        'The full text of these pages in one file: /sub/llms-full.txt',
        '',
        '## Guides',
        '',
        '- [Start](/sub/docs/start.md): First steps.',
        '',
        '## Pets API',
        '',
        '- [Overview](/sub/reference/pets/): Pets.',
        '- [List \\[all\\] pets](/sub/reference/pets/list-pets.md): Lists pets.',
        '- [OpenAPI document](/sub/reference/pets/openapi.json): the bundled spec as JSON',
        '',
      ].join('\n'),
    );
  });

  it('joins twins into llms-full.txt, each with its page URL', () => {
    const full = renderLlmsFull({ title: 'Portal' }, [{ page: pages[1], markdown: '# Start\n\nHello\n' }], { siteUrl: 'https://d.example', basePath: '' });
    expect(full).toBe('# Portal\n\n---\n\nSource: https://d.example/docs/start/\n\n# Start\n\nHello\n');
  });
});

describe('spec markup in llms.txt', () => {
  it('is escaped so a Markdown viewer shows it as text', () => {
    const hostile: PageEntry = { ...pages[3], title: 'Get <img src=x onerror=alert(1)>', description: '</script><script>x()</script>' };
    const text = renderLlmsTxt({ title: 'P' }, [hostile], { basePath: '' });
    expect(text).toContain('- [Get \\<img src=x onerror=alert(1)\\>](/reference/pets/list-pets.md): \\</script\\>\\<script\\>x()\\</script\\>');
    expect(text).not.toMatch(/(^|[^\\])<(img|script)/);
  });
});
