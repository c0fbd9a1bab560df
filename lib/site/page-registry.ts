import type { ApiModel } from '../openapi/types';
import { operationLabel } from '../reference/build-api-nav';
import { summaryOf, toPlainLine } from './first-sentence';
import { apiOverviewHref, explorerHref, guideHref, homeHref, operationHref, schemaHref, webhookHref } from './hrefs';

/**
 * Each section's route params, as its route under `app/` names them: what generateStaticParams
 * returns for the page. Home and the guides' catch-all are listed for completeness.
 */
export interface PageParamsBySection {
  home: Record<string, never>;
  guide: { slug: string[] };
  overview: { apiId: string };
  operation: { apiId: string; slug: string };
  webhook: { apiId: string; name: string };
  schema: { apiId: string; name: string };
  explorer: { apiId: string };
}

export type PageSection = keyof PageParamsBySection;

/** A section and its params, which name one page. */
export type PageRoute = { [S in PageSection]: { section: S; params: PageParamsBySection[S] } }[PageSection];

/** One page of the portal. `href` is site-relative, without BASE_PATH, with a trailing slash. */
export type PageEntry = PageRoute & {
  href: string;
  title: string;
  /** The name in the navigation when shorter than the title (a guide's `sidebar_label`). */
  navTitle?: string;
  /** One plain-text line (a guide's frontmatter description, an operation's first sentence). */
  description?: string;
  /** The API's id, for pages of the reference. */
  apiId?: string;
  /** The API's or guide's title, to group pages in llms.txt. */
  group: string;
  /** ISO date of the source file's last change, when known. */
  lastModified?: string;
  /** Whether a Markdown twin is published at `markdownHref(href)` (guides and operations). */
  hasMarkdown: boolean;
};

export interface RegistryGuide {
  slug: string[];
  title: string;
  navTitle?: string;
  description?: string;
  lastModified?: string;
  /** A guide that cannot be read still has a page, but no twin. */
  problem?: string;
}

export interface RegistryApi {
  id: string;
  title: string;
  /** Undefined when the spec cannot be rendered: only its overview page exists. */
  model?: Pick<ApiModel, 'info' | 'operations' | 'webhooks' | 'schemaSlugs'>;
  lastModified?: string;
}

export interface RegistryInput {
  title: string;
  description?: string;
  guides: RegistryGuide[];
  apis: RegistryApi[];
  /** `false` (config `publish.operationTwins`): operations have no `.md` file of their own. */
  operationTwins?: boolean;
}

/** The URL of the page a section and its params name. */
export function hrefOf(route: PageRoute): string {
  switch (route.section) {
    case 'home':
      return homeHref;
    case 'guide':
      return guideHref(route.params.slug);
    case 'overview':
      return apiOverviewHref(route.params.apiId);
    case 'operation':
      return operationHref(route.params.apiId, { kind: 'operation', slug: route.params.slug });
    case 'webhook':
      return webhookHref(route.params.apiId, route.params.name);
    case 'schema':
      return schemaHref(route.params.apiId, route.params.name);
    case 'explorer':
      return explorerHref(route.params.apiId);
  }
}

/** The route params of a section's pages: what its route's generateStaticParams returns. */
export function paramsOf<S extends PageSection>(pages: readonly PageEntry[], section: S): PageParamsBySection[S][] {
  return pages.filter((page) => page.section === section).map((page) => page.params as PageParamsBySection[S]);
}

/** An API's pages: its overview, then (when its spec renders) its operations, webhooks, schemas and explorer. */
export function apiPages(api: RegistryApi, options: { operationTwins?: boolean } = {}): PageEntry[] {
  const base = { apiId: api.id, group: api.title, lastModified: api.lastModified };
  const model = api.model;
  const page = (route: PageRoute, title: string, more: { description?: string; hasMarkdown?: boolean } = {}): PageEntry => ({ ...base, ...route, href: hrefOf(route), title, hasMarkdown: false, ...more });
  const pages = [page({ section: 'overview', params: { apiId: api.id } }, api.title, { description: summaryOf(model?.info.description) })];
  if (!model) return pages;
  for (const operation of model.operations) {
    const description = summaryOf(operation.description) ?? `${operation.method.toUpperCase()} ${operation.path}`;
    pages.push(page({ section: 'operation', params: { apiId: api.id, slug: operation.slug } }, operationLabel(operation), { description, hasMarkdown: options.operationTwins !== false }));
  }
  for (const webhook of model.webhooks) {
    pages.push(page({ section: 'webhook', params: { apiId: api.id, name: webhook.slug } }, operationLabel(webhook), { description: summaryOf(webhook.description) }));
  }
  for (const [name, slug] of Object.entries(model.schemaSlugs)) pages.push(page({ section: 'schema', params: { apiId: api.id, name: slug } }, name));
  pages.push(page({ section: 'explorer', params: { apiId: api.id } }, `Explorer · ${api.title}`));
  return pages;
}

/** A guide's page; the guides' navigation takes its links from here too. */
export function guidePage(guide: RegistryGuide): PageEntry {
  return {
    section: 'guide',
    params: { slug: guide.slug },
    href: guideHref(guide.slug),
    title: guide.title,
    navTitle: guide.navTitle,
    description: guide.description ? toPlainLine(guide.description) : undefined,
    group: 'Guides',
    lastModified: guide.lastModified,
    hasMarkdown: !guide.problem,
  };
}

/**
 * Every page of the portal, in navigation order: home, guides, then per API its overview,
 * operations, webhooks, schemas and explorer. Static params, the link check, the sitemap,
 * llms.txt and the Markdown twins read this one list instead of writing URLs by hand.
 */
export function buildPageRegistry(input: RegistryInput): PageEntry[] {
  const pages: PageEntry[] = [{ section: 'home', params: {}, href: homeHref, title: input.title, description: summaryOf(input.description), group: input.title, hasMarkdown: false }];
  for (const guide of input.guides) pages.push(guidePage(guide));
  for (const api of input.apis) pages.push(...apiPages(api, input));
  return pages;
}
