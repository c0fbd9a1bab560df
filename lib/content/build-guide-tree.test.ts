import { describe, expect, it } from 'vitest';
import { breadcrumbsOf, buildGuideTree, neighboursOf, readingOrder, type TreeGuide } from './build-guide-tree';
import { guidePage } from '../site/page-registry';
import type { GuideMeta } from './guide-meta';

function guide(docsPath: string, title: string, extra: Partial<TreeGuide> = {}): TreeGuide {
  const parts = docsPath.replace(/\.mdx$/, '').split('/');
  if (parts.at(-1) === 'index') parts.pop();
  return { slug: parts, title, navTitle: title, order: Number.MAX_SAFE_INTEGER, hidden: false, docsPath, ...extra };
}

const guides = [
  guide('index.mdx', 'Welcome'),
  guide('b.mdx', 'Bravo', { order: 2 }),
  guide('a.mdx', 'Alpha', { order: 1, navTitle: 'A' }),
  guide('secret.mdx', 'Secret', { hidden: true }),
  guide('guides/index.mdx', 'Guides overview', { order: 3 }),
  guide('guides/webhooks.mdx', 'Webhooks'),
  guide('guides/deep/one.mdx', 'Deep one'),
];

describe('buildGuideTree', () => {
  it('links each guide by the href and navigation title of its registry page', () => {
    const listed = guides.filter((entry) => !entry.hidden).map((entry) => guidePage(entry));
    expect(readingOrder(buildGuideTree(guides, new Map()).nodes)).toEqual(expect.arrayContaining(listed.map((page) => ({ title: page.navTitle, href: page.href }))));
    expect(listed.find((page) => page.title === 'Alpha')).toMatchObject({ navTitle: 'A', href: '/docs/a/' });
  });

  it('orders by frontmatter without _meta.json, root index first, hidden pages left out', () => {
    const { nodes, problems } = buildGuideTree(guides, new Map());
    expect(problems).toEqual([]);
    expect(nodes.map((node) => `${node.kind}:${node.title}`)).toEqual(['page:Welcome', 'page:A', 'page:Bravo', 'folder:Guides overview']);
    const folder = nodes[3];
    expect(folder).toMatchObject({ kind: 'folder', href: '/docs/guides/' });
    expect(folder.kind === 'folder' && folder.children.map((child) => `${child.kind}:${child.title}`)).toEqual(['folder:deep', 'page:Webhooks']);
  });

  it('follows _meta.json: titles, order, separators and external links, and reports unknown names', () => {
    const metas = new Map<string, GuideMeta>([
      ['', { pages: ['guides', { separator: 'More' }, 'b', { title: 'Status', href: 'https://status.example.com' }, 'nope'] }],
      ['guides', { title: 'How-to', pages: ['webhooks', 'deep'] }],
    ]);
    const { nodes, problems } = buildGuideTree(guides, metas);
    expect(nodes.map((node) => `${node.kind}:${node.title}`)).toEqual(['page:Welcome', 'folder:How-to', 'separator:More', 'page:Bravo', 'external:Status', 'page:A']);
    const folder = nodes[1];
    expect(folder.kind === 'folder' && folder.children.map((child) => child.title)).toEqual(['Webhooks', 'deep']);
    expect(problems).toEqual(['docs/_meta.json: "pages" names "nope", which is neither a guide nor a folder there']);
  });

  it('gives reading order, neighbours and breadcrumbs', () => {
    const { nodes } = buildGuideTree(guides, new Map());
    expect(readingOrder(nodes).map((page) => page.href)).toEqual(['/docs/', '/docs/a/', '/docs/b/', '/docs/guides/', '/docs/guides/deep/one/', '/docs/guides/webhooks/']);
    expect(neighboursOf(nodes, '/docs/guides/')).toEqual({ previous: { title: 'Bravo', href: '/docs/b/' }, next: { title: 'Deep one', href: '/docs/guides/deep/one/' } });
    expect(neighboursOf(nodes, '/docs/')).toEqual({ previous: undefined, next: { title: 'A', href: '/docs/a/' } });
    expect(neighboursOf(nodes, '/docs/secret/')).toEqual({});
    expect(breadcrumbsOf(nodes, '/docs/guides/deep/one/')).toEqual([
      { title: 'Guides overview', href: '/docs/guides/' },
      { title: 'deep', href: undefined },
    ]);
    expect(breadcrumbsOf(nodes, '/docs/guides/')).toEqual([]);
    expect(breadcrumbsOf(nodes, '/docs/a/')).toEqual([]);
  });
});
