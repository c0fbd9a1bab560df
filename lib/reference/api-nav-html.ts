import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { CURRENT_SECTION_WINDOW, INLINE_NAV_LIMIT, listNavSections, windowAround, type ApiNav, type NavItem, type NavSection } from './build-api-nav';
import { methodLabel } from './method-label';
import { apiOverviewHref, explorerHref, navDataFile } from '../site/hrefs';

/** Up to this many operations, every tag of the sidebar starts open. */
export const SMALL_API_OPERATIONS = 50;

/**
 * A group with more sections than this lists only those within SECTION_WINDOW of the current
 * ones, and links the rest to the overview. Microsoft Graph has over 1,000 tags: their closed
 * sections alone were 490 KB of every page.
 */
export const SECTION_LIMIT = 60;
export const SECTION_WINDOW = 20;

export interface ApiNavHtmlOptions {
  apiId: string;
  nav?: ApiNav;
  /** The page's own href (`/reference/<api>/<slug>/`), marked `aria-current`. */
  currentHref: string;
  /** Sections to open and render in full (the current page's tags). */
  currentSections?: readonly string[];
  /** Prefixed to every link (hrefs in the nav are site-relative). */
  basePath?: string;
}

/** Whether the whole navigation is in every page; if not, some sections load on demand (`data-nav-url`). */
export function isInlineNav(nav: ApiNav | undefined): boolean {
  return (nav?.totalItems ?? 0) <= INLINE_NAV_LIMIT;
}

interface Context {
  apiId: string;
  currentHref: string;
  basePath: string;
}

function pageLink(context: Context, href: string, children: ElementContent[] | string, className?: string): ElementContent {
  return h('a', { href: `${context.basePath}${href}`, 'aria-current': href === context.currentHref ? 'page' : undefined, className }, children);
}

function linkList(context: Context, items: readonly NavItem[]): ElementContent {
  return h(
    'ul',
    items.map((item) =>
      h('li', [
        pageLink(
          context,
          item.href,
          [
            ...(item.method ? [h('span', { className: ['method-badge', `method-${item.method.toLowerCase()}`] }, methodLabel(item.method))] : []),
            h('span', { className: 'nav-label' }, item.label),
            ...(item.deprecated ? [h('span', { className: 'visually-hidden' }, ' (deprecated)')] : []),
          ],
          item.deprecated ? 'nav-deprecated' : undefined,
        ),
      ]),
    ),
  );
}

/** Where a section is listed on the overview: a tag by its id, webhooks and schemas by their kind. */
function overviewSectionHref(context: Context, section: NavSection): string {
  return `${apiOverviewHref(context.apiId)}#${section.kind === 'tag' ? section.id : section.kind}`;
}

function summary(section: NavSection): ElementContent {
  return h('summary', [h('span', { className: 'nav-section-title' }, section.title), h('span', { className: 'nav-count' }, String(section.items.length))]);
}

/**
 * A section whose links are not all in the page: closed, it holds a link to the section on the
 * overview (which works without JavaScript) and the sidebar island fetches `data-nav-url` (in the
 * sidebar's `data-nav-base`) when it opens; a long current section shows a window of links around the page and "Show all".
 */
function lazySection(context: Context, section: NavSection, nearby?: NavItem[]): ElementContent {
  const overviewHref = overviewSectionHref(context, section);
  const count = section.items.length;
  const more = nearby
    ? [h('button', { type: 'button', className: 'nav-show-all' }, `Show all ${count}`), ' ', pageLink(context, overviewHref, 'on the overview')]
    : [pageLink(context, overviewHref, `All ${count} in ${section.title}`)];
  return h('details', { className: 'nav-section', open: Boolean(nearby), dataNavUrl: navDataFile(section.id) }, [
    summary(section),
    ...(nearby ? [linkList(context, nearby)] : []),
    h('p', { className: 'nav-more' }, more),
  ]);
}

function section(context: Context, section: NavSection, open: boolean, inline: boolean): ElementContent {
  if (!open && !inline) return lazySection(context, section);
  if (open && !inline && section.items.length > CURRENT_SECTION_WINDOW) return lazySection(context, section, windowAround(section.items, context.currentHref));
  return h('details', { className: 'nav-section', open }, [summary(section), linkList(context, section.items)]);
}

/** A group's sections, or on a group past SECTION_LIMIT the window around the open ones, with a link to the overview for each run left out. */
function windowedSections(context: Context, sections: NavSection[], open: ReadonlySet<string>, render: (entry: NavSection) => ElementContent): ElementContent[] {
  if (sections.length <= SECTION_LIMIT) return sections.map(render);
  const openAt = sections.flatMap((entry, index) => (open.has(entry.id) ? [index] : []));
  const kept = (index: number) => (openAt.length === 0 ? index < 2 * SECTION_WINDOW : openAt.some((at) => Math.abs(at - index) <= SECTION_WINDOW));
  const out: ElementContent[] = [];
  for (let index = 0; index < sections.length; ) {
    if (kept(index)) {
      out.push(render(sections[index]));
      index += 1;
      continue;
    }
    let end = index;
    while (end < sections.length && !kept(end)) end += 1;
    const first = sections[index];
    const label = `${end - index} more, from ${first.title}, on the overview`;
    out.push(h('p', { className: 'nav-more nav-gap' }, [pageLink(context, overviewSectionHref(context, first), label)]));
    index = end;
  }
  return out;
}

function countOperations(nav: ApiNav): number {
  return listNavSections(nav)
    .filter((entry) => entry.kind === 'tag')
    .reduce((sum, entry) => sum + entry.items.length, 0);
}

/**
 * The per-API navigation below the API's title, as HTML: Overview and API explorer, then the
 * sections by tag group, webhooks and schemas. Small APIs are inlined whole; above
 * INLINE_NAV_LIMIT links only the current sections are (a long one as a window around the
 * page), and the rest load on demand, which keeps every page small. A string rather than React
 * elements so it travels outside React's payload (see StaticHtml); every title comes from the
 * spec and is escaped by hast-util-to-html.
 */
export function apiNavHtml({ apiId, nav, currentHref, currentSections = [], basePath = '' }: ApiNavHtmlOptions): string {
  const context: Context = { apiId, currentHref, basePath };
  const overviewHref = apiOverviewHref(apiId);
  const inline = isInlineNav(nav);
  const open = new Set(currentSections);
  // A small API's tags all start open: its whole list fits beside the page, so nothing is hidden behind a click.
  if (nav && countOperations(nav) <= SMALL_API_OPERATIONS) {
    for (const entry of listNavSections(nav)) if (entry.kind === 'tag') open.add(entry.id);
  }
  const render = (entry: NavSection) => section(context, entry, open.has(entry.id), inline);
  const renderGroup = (sections: NavSection[]) => windowedSections(context, sections, open, render);
  const children: ElementContent[] = [
    h('ul', [
      h('li', [pageLink(context, overviewHref, 'Overview')]),
      ...(nav ? [h('li', [pageLink(context, explorerHref(apiId), 'API explorer')])] : []),
    ]),
  ];
  for (const group of nav?.groups ?? []) {
    children.push(h('div', { className: 'nav-group' }, [...(group.title ? [h('h3', { className: 'nav-group-title' }, group.title)] : []), ...renderGroup(group.sections)]));
  }
  if (nav && nav.extras.length > 0) children.push(h('div', { className: 'nav-group' }, renderGroup(nav.extras)));
  return toHtml({ type: 'root', children });
}
