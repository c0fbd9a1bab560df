import { describe, expect, it } from 'vitest';
import { compileMdx } from './compile-mdx';
import type { LinkTargets } from './link-targets';
import { contentPathOf, resolveGuideLink } from './remark-guide-links';

// A 2x1 PNG: enough for image-size to read the dimensions.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwHwyBBAMAOTgF+6/8eDUAAAAASUVORK5CYII=', 'base64');

const targets: LinkTargets = {
  guides: new Map([
    ['/docs/', new Set(['welcome'])],
    ['/docs/authentication/', new Set(['sending-credentials', 'demo-keys'])],
    ['/docs/guides/webhooks/', new Set(['checking-the-signature'])],
  ]),
  guideFiles: new Map([
    ['index.mdx', '/docs/'],
    ['authentication.mdx', '/docs/authentication/'],
    ['guides/webhooks.mdx', '/docs/guides/webhooks/'],
  ]),
  apis: new Map([
    [
      'bookshelf',
      {
        operations: new Map([['listBooks', 'list-books'], ['getBook', 'get-book']]),
        schemas: new Map([['Book', 'Book']]),
        webhooks: new Map([['bookCreated', 'book-created']]),
        pages: new Set(['/reference/bookshelf/', '/reference/bookshelf/list-books/', '/reference/bookshelf/get-book/']),
      },
    ],
  ]),
  readAsset: (contentPath) => (contentPath === 'docs/guides/flow.png' || contentPath === 'public/logo.png' ? PNG : undefined),
};
const options = { targets, pageHref: '/docs/guides/webhooks/', docsPath: 'guides/webhooks.mdx' };

describe('resolveGuideLink', () => {
  it('rewrites the stable forms to page URLs, keeping a fragment', () => {
    expect(resolveGuideLink('operation:bookshelf/listBooks', options)).toEqual({ href: '/reference/bookshelf/list-books/' });
    expect(resolveGuideLink('operation:bookshelf/getBook#responses', options)).toEqual({ href: '/reference/bookshelf/get-book/#responses' });
    expect(resolveGuideLink('schema:bookshelf/Book', options)).toEqual({ href: '/reference/bookshelf/schemas/Book/' });
    expect(resolveGuideLink('webhook:bookshelf/bookCreated', options)).toEqual({ href: '/reference/bookshelf/webhooks/book-created/' });
  });

  it('says what is missing, with the closest name as a hint', () => {
    expect(resolveGuideLink('operation:bookshelf/listBook', options)).toEqual({ problem: 'API "bookshelf" has no operation "listBook" (did you mean operation:bookshelf/listBooks?)' });
    expect(resolveGuideLink('operation:bookshelv/listBooks', options)).toEqual({ problem: 'no API "bookshelv" (did you mean bookshelf?)' });
    expect(resolveGuideLink('schema:bookshelf/Zebra', options)).toEqual({ problem: 'API "bookshelf" has no schema "Zebra"' });
  });

  it('checks guide paths, .mdx file links and anchors, resolving relative ones from the page', () => {
    expect(resolveGuideLink('../authentication.mdx#demo-keys', options)).toEqual({ href: '/docs/authentication/#demo-keys' });
    expect(resolveGuideLink('/docs/authentication', options)).toEqual({ href: '/docs/authentication' });
    expect(resolveGuideLink('#checking-the-signature', options)).toEqual({ href: '#checking-the-signature' });
    expect(resolveGuideLink('/docs/authentcation/', options)).toEqual({ problem: 'no guide at /docs/authentcation/ (did you mean /docs/authentication/?)' });
    expect(resolveGuideLink('/docs/authentication/#sending-credential', options)).toEqual({ problem: 'no heading "#sending-credential" on /docs/authentication/ (did you mean #sending-credentials?)' });
    expect(resolveGuideLink('../../authentication.mdx', options)).toEqual({ problem: 'no guide file docs/../authentication.mdx (did you mean docs/authentication.mdx?)' });
    expect(resolveGuideLink('/reference/bookshelf/list-book', options)).toEqual({ problem: 'no reference page at /reference/bookshelf/list-book/ (did you mean /reference/bookshelf/list-books/?)' });
  });

  it('leaves links out of the portal alone', () => {
    for (const href of ['https://example.com/x', 'mailto:a@example.com', '//cdn.example.com/a.js', '/reference/other-api/x']) expect(resolveGuideLink(href, options)).toEqual({ href });
  });
});

describe('contentPathOf', () => {
  it('maps guide-relative files under docs/ and site-absolute ones to public/', () => {
    expect(contentPathOf('./flow.png', 'guides/webhooks.mdx')).toBe('docs/guides/flow.png');
    expect(contentPathOf('../img/a%20b.png', 'guides/webhooks.mdx')).toBe('docs/img/a b.png');
    expect(contentPathOf('/logo.png?v=2', 'guides/webhooks.mdx')).toBe('public/logo.png');
    expect(contentPathOf('../../secret.png', 'guides/webhooks.mdx')).toBeUndefined();
    expect(contentPathOf('https://example.com/a.png', 'guides/webhooks.mdx')).toBeUndefined();
  });
});

describe('compileMdx with the link check', () => {
  const source = [
    'Intro with [a good link](operation:bookshelf/listBooks).',
    '',
    '## Checking the signature',
    '',
    'See [auth](/docs/authentication/#demo-key) and <Card title="x" href="operation:bookshelf/getBooks" />.',
    '',
    '![Flow](./flow.png) ![Logo](/logo.png) ![Gone](./missing.png)',
  ].join('\n');

  it('reports each broken link, anchor and image at its line and column (after the frontmatter) with a hint', async () => {
    const result = await compileMdx(source, 3, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.linkProblems).toEqual([
      { line: 8, column: 5, message: 'broken link "/docs/authentication/#demo-key": no heading "#demo-key" on /docs/authentication/ (did you mean #demo-keys?)' },
      { line: 8, column: 48, message: 'broken link "operation:bookshelf/getBooks": API "bookshelf" has no operation "getBooks" (did you mean operation:bookshelf/getBook?)' },
      { line: 10, column: 40, message: 'broken image "./missing.png": no file docs/guides/missing.png in the content folder' },
    ]);
  });

  it('rewrites good links and gives images their URL and dimensions', async () => {
    const result = await compileMdx(source, 0, options);
    if (!result.ok) throw new Error(result.message);
    expect(result.code).toContain('"/reference/bookshelf/list-books/"');
    expect(result.code).toContain('"/content-assets/docs/guides/flow.png"');
    expect(result.code).toContain('"/content-assets/public/logo.png"');
    expect(result.code).toMatch(/width: "2",\s*height: "1"/);
  });

  it('turns mermaid fences into a Mermaid element and says the page has one', async () => {
    const withDiagram = await compileMdx('```mermaid\ngraph TD; A-->B\n```');
    const without = await compileMdx('```js\nlet a\n```');
    expect(withDiagram.ok && withDiagram.hasMermaid).toBe(true);
    expect(withDiagram.ok && withDiagram.code).toContain('Mermaid');
    expect(without.ok && without.hasMermaid).toBe(false);
  });
});
