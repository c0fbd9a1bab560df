import { describe, expect, it } from 'vitest';
import type { GuideNavNode } from './build-guide-tree';
import { guideNavItemsHtml } from './guide-nav-html';

const tree: GuideNavNode[] = [
  { kind: 'page', title: 'Welcome', href: '/docs/' },
  { kind: 'separator', title: 'Basics' },
  {
    kind: 'folder',
    title: 'Guides',
    href: '/docs/guides/',
    defaultOpen: false,
    children: [
      { kind: 'page', title: 'Webhooks & <retries>', href: '/docs/guides/webhooks/' },
      { kind: 'folder', title: 'Deep', defaultOpen: false, children: [{ kind: 'page', title: 'One', href: '/docs/guides/deep/one/' }] },
    ],
  },
  { kind: 'external', title: 'Status', href: 'https://status.example.com' },
];

describe('guideNavItemsHtml', () => {
  it('marks the current page and opens only the folders that hold it, under the base path', () => {
    const html = guideNavItemsHtml(tree, '/docs/guides/webhooks/', '/sub');
    expect(html).toBe(
      '<li><a href="/sub/docs/">Welcome</a></li>' +
        '<li class="nav-separator">Basics</li>' +
        '<li><details class="nav-folder" open><summary><span class="nav-folder-title">Guides</span></summary>' +
        '<ul class="nav-folder-index"><li><a href="/sub/docs/guides/">Guides</a></li></ul>' +
        '<ul><li><a href="/sub/docs/guides/webhooks/" aria-current="page">Webhooks &#x26; &#x3C;retries></a></li>' +
        '<li><details class="nav-folder"><summary><span class="nav-folder-title">Deep</span></summary><ul><li><a href="/sub/docs/guides/deep/one/">One</a></li></ul></details></li></ul>' +
        '</details></li>' +
        '<li><a href="https://status.example.com" rel="noopener">Status <svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false" class="icon">' +
          '<path d="M15 3h6v6"></path><path d="M10 14 21 3"></path><path d="M18 13v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h6"></path></svg></a></li>',
    );
  });

  it('opens a folder whose own page is current, and folders marked defaultOpen', () => {
    expect(guideNavItemsHtml(tree, '/docs/guides/')).toContain('<details class="nav-folder" open><summary><span class="nav-folder-title">Guides</span></summary><ul class="nav-folder-index"><li><a href="/docs/guides/" aria-current="page">');
    const open: GuideNavNode[] = [{ kind: 'folder', title: 'F', defaultOpen: true, children: [] }];
    expect(guideNavItemsHtml(open, '/docs/')).toContain('<details class="nav-folder" open>');
    expect(guideNavItemsHtml(tree, '/elsewhere/')).not.toContain(' open');
  });
});
