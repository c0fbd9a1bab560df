import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApi } from '../openapi/load-api';
import { apiNavHtml, isInlineNav, SECTION_WINDOW } from './api-nav-html';
import { navDataFile, navDataFolderHref, navDataHref } from '../site/hrefs';
import { buildApiNav, CURRENT_SECTION_WINDOW, INLINE_NAV_LIMIT, type ApiNav, type NavItem, type NavSection } from './build-api-nav';

function items(prefix: string, count: number): NavItem[] {
  return Array.from({ length: count }, (_, i) => ({ href: `/reference/big/${prefix}-${i}/`, label: `${prefix} ${i}`, method: 'get' }));
}

function tag(id: string, title: string, count: number): NavSection {
  return { id, kind: 'tag', title, tag: title, items: items(id, count) };
}

/** Above INLINE_NAV_LIMIT links, so only the current sections are inlined. */
function bigNav(...sections: NavSection[]): ApiNav {
  const totalItems = sections.reduce((sum, section) => sum + section.items.length, 0);
  return { groups: [{ sections }], extras: [], totalItems };
}

/** The `<details>` elements of a sidebar, in order (sections never nest). */
const sections = (html: string): string[] => html.match(/<details[^]*?<\/details>/g) ?? [];
/** The first section of a sidebar (a failed test, not a type error, when there is none). */
const firstSection = (html: string): string => sections(html)[0] ?? '';
const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('apiNavHtml', () => {
  it('escapes spec text in titles, labels and fallback links, and never emits its markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const escaped = '&#x3C;img src=x onerror=alert(1)>';
    const nav: ApiNav = {
      groups: [{ title: `Group ${hostile}`, sections: [{ id: 'tag-x', kind: 'tag', title: hostile, items: [{ href: '/reference/a/x/', label: `"${hostile}`, method: 'get' }] }] }],
      extras: [],
      totalItems: 1,
    };
    const html = apiNavHtml({ apiId: 'a', nav, currentHref: '/reference/a/x/' });
    expect(html).not.toContain('<img');
    expect(html).toContain(`<h3 class="nav-group-title">Group ${escaped}</h3>`);
    expect(html).toContain(`<span class="nav-section-title">${escaped}</span>`);
    expect(html).toContain(`<span class="nav-label">"${escaped}</span>`);

    const big = bigNav(tag('tag-x', hostile, 10), tag('tag-y', 'Y', INLINE_NAV_LIMIT));
    const lazy = apiNavHtml({ apiId: 'big', nav: big, currentHref: '/reference/big/tag-y-0/', currentSections: ['tag-y'] });
    expect(lazy).not.toContain('<img');
    expect(lazy).toContain(`<p class="nav-more"><a href="/reference/big/#tag-x">All 10 in ${escaped}</a></p>`);
  });

  it('marks the current page, and only it, with aria-current', () => {
    const nav = bigNav(tag('tag-a', 'A', 5));
    const html = apiNavHtml({ apiId: 'big', nav, currentHref: '/reference/big/tag-a-3/' });
    expect(count(html, /aria-current/)).toBe(1);
    expect(html).toContain('<a href="/reference/big/tag-a-3/" aria-current="page">');
    const overview = apiNavHtml({ apiId: 'big', nav, currentHref: '/reference/big/' });
    expect(count(overview, /aria-current/)).toBe(1);
    expect(overview).toContain('<a href="/reference/big/" aria-current="page">Overview</a>');
  });

  it('prefixes every link with the base path; a lazy section names its file in the API\'s nav folder', () => {
    const nav = bigNav(tag('tag-a', 'A', 60), tag('tag-b', 'B', INLINE_NAV_LIMIT));
    const html = apiNavHtml({ apiId: 'big', nav, currentHref: '/reference/big/tag-a-0/', currentSections: ['tag-a'], basePath: '/sub' });
    const hrefs = [...html.matchAll(/ href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs.length).toBeGreaterThan(CURRENT_SECTION_WINDOW);
    for (const href of hrefs) expect(href).toMatch(/^\/sub\/reference\/big\//);
    expect([...html.matchAll(/data-nav-url="([^"]*)"/g)].map((match) => match[1])).toEqual(['tag-a.json', 'tag-b.json']);
    expect(navDataHref('big', 'tag-a')).toBe(`${navDataFolderHref('big')}${navDataFile('tag-a')}`);
    expect(navDataHref('big', 'tag-a')).toBe('/reference/big/nav/tag-a.json');
  });

  it('closes sections off the page on a big API: the fallback links to the tag on the overview', () => {
    const nav = bigNav(tag('tag-a', 'A', 10), tag('tag-b', 'B', INLINE_NAV_LIMIT));
    expect(isInlineNav(nav)).toBe(false);
    const [current, other] = sections(apiNavHtml({ apiId: 'big', nav, currentHref: '/reference/big/tag-a-1/', currentSections: ['tag-a'] }));
    expect(current).toMatch(/^<details class="nav-section" open><summary>/);
    expect(count(current ?? '', /<li>/)).toBe(10);
    expect(current).not.toContain('nav-more');
    expect(other).toBe(
      `<details class="nav-section" data-nav-url="tag-b.json"><summary><span class="nav-section-title">B</span><span class="nav-count">${INLINE_NAV_LIMIT}</span></summary>` +
        `<p class="nav-more"><a href="/reference/big/#tag-b">All ${INLINE_NAV_LIMIT} in B</a></p></details>`,
    );
  });

  it('shows a window around the page in a long current section, with "Show all" and the overview', () => {
    const section = firstSection(apiNavHtml({ apiId: 'big', nav: bigNav(tag('tag-a', 'A', 200)), currentHref: '/reference/big/tag-a-150/', currentSections: ['tag-a'] }));
    expect(section).toMatch(/^<details class="nav-section" open data-nav-url="tag-a.json">/);
    const labels = [...section.matchAll(/<span class="nav-label">([^<]*)<\/span>/g)].map((match) => match[1]);
    expect(labels).toHaveLength(CURRENT_SECTION_WINDOW);
    expect(labels[0]).toBe(`tag-a ${150 - CURRENT_SECTION_WINDOW / 2}`);
    expect(section).toContain('<a href="/reference/big/tag-a-150/" aria-current="page">');
    expect(section).toContain('<p class="nav-more"><button type="button" class="nav-show-all">Show all 200</button> <a href="/reference/big/#tag-a">on the overview</a></p>');
  });

  it('on a group of many tags lists those near the current one and links each run of the rest to the overview', () => {
    const tags = Array.from({ length: 1000 }, (_, i) => tag(`tag-t${i}`, `T${i}`, 3));
    const html = apiNavHtml({ apiId: 'big', nav: bigNav(...tags), currentHref: '/reference/big/tag-t500-1/', currentSections: ['tag-t500'] });
    expect(sections(html)).toHaveLength(2 * SECTION_WINDOW + 1);
    expect(html).toContain('>T480<');
    expect(html).toContain('>T520<');
    expect(html).not.toContain('>T479<');
    expect(html).toContain(`<a href="/reference/big/#tag-t0">480 more, from T0, on the overview</a>`);
    expect(html).toContain(`<a href="/reference/big/#tag-t521">479 more, from T521, on the overview</a>`);
    expect(html.length).toBeLessThan(30_000);
  });

  it('inlines a small API whole, every tag open with no lazy section', async () => {
    const result = await loadApi(path.resolve(import.meta.dirname, '../../content/openapi/bookshelf.yaml'));
    if (!result.model) throw new Error(JSON.stringify(result.problems));
    const nav = buildApiNav(result.model, 'bookshelf');
    const html = apiNavHtml({ apiId: 'bookshelf', nav, currentHref: '/reference/bookshelf/list-books/', currentSections: ['tag-books'] });
    expect(html).not.toContain('data-nav-url');
    // Tags start open; webhooks and schemas stay folded.
    const folded = sections(html).filter((section) => !section.startsWith('<details class="nav-section" open>'));
    expect(folded.map((section) => section.match(/nav-section-title">([^<]*)/)?.[1])).toEqual(['Webhooks', 'Schemas']);
    await expect(`${html.replaceAll('</details>', '</details>\n')}\n`).toMatchFileSnapshot('golden/bookshelf-sidebar.html');
  });
});
