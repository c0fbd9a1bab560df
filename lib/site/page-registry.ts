import type { ApiModel } from '../openapi/types';
import { operationHref, operationLabel, schemaHref } from '../reference/build-api-nav';

export type PageSection = 'home' | 'guide' | 'overview' | 'operation' | 'webhook' | 'schema' | 'explorer';

/** One page of the portal. `href` is site-relative, without BASE_PATH, with a trailing slash. */
export interface PageEntry {
  href: string;
  title: string;
  /** One plain-text line (a guide's frontmatter description, an operation's first sentence). */
  description?: string;
  section: PageSection;
  /** The API's id, for pages of the reference. */
  apiId?: string;
  /** The API's or guide's title, to group pages in llms.txt. */
  group: string;
  /** ISO date of the source file's last change, when known. */
  lastModified?: string;
  /** Whether a Markdown twin is published at `markdownHref(href)` (guides and operations). */
  hasMarkdown: boolean;
}

export interface RegistryGuide {
  slug: string[];
  title: string;
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

/** `/reference/a/list-books/` -> `/reference/a/list-books.md`: the twin sits beside the page's folder. */
export function markdownHref(href: string): string {
  return `${href.replace(/\/+$/, '')}.md`;
}

/** Markdown (as written in specs) reduced to one line of plain text. */
export function toPlainLine(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first sentence of a description, as plain text, at most `max` characters (search result
 * snippets show ~160). A period followed by a space ends a sentence; `e.g. this` is a known miss.
 */
export function firstSentence(markdown: string | undefined, max = 160): string | undefined {
  if (!markdown) return undefined;
  const text = toPlainLine(markdown);
  if (!text) return undefined;
  const end = /[.!?](\s|$)/.exec(text);
  const sentence = end ? text.slice(0, end.index + 1) : text;
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Every page of the portal, in navigation order: home, guides, then per API its overview,
 * operations, webhooks, schemas and explorer. The sitemap, llms.txt and the Markdown twins read
 * this one list instead of writing URLs by hand.
 */
export function buildPageRegistry(input: RegistryInput): PageEntry[] {
  const pages: PageEntry[] = [{ href: '/', title: input.title, description: firstSentence(input.description), section: 'home', group: input.title, hasMarkdown: false }];
  for (const guide of input.guides) {
    pages.push({
      href: `/docs/${guide.slug.join('/')}/`,
      title: guide.title,
      description: guide.description ? toPlainLine(guide.description) : undefined,
      section: 'guide',
      group: 'Guides',
      lastModified: guide.lastModified,
      hasMarkdown: !guide.problem,
    });
  }
  for (const api of input.apis) {
    const base = { apiId: api.id, group: api.title, lastModified: api.lastModified };
    const model = api.model;
    pages.push({ ...base, href: `/reference/${api.id}/`, title: api.title, description: firstSentence(model?.info.description), section: 'overview', hasMarkdown: false });
    if (!model) continue;
    for (const operation of model.operations) {
      pages.push({
        ...base,
        href: operationHref(api.id, operation),
        title: operationLabel(operation),
        description: firstSentence(operation.description) ?? `${operation.method.toUpperCase()} ${operation.path}`,
        section: 'operation',
        hasMarkdown: input.operationTwins !== false,
      });
    }
    for (const webhook of model.webhooks) {
      pages.push({ ...base, href: operationHref(api.id, webhook), title: operationLabel(webhook), description: firstSentence(webhook.description), section: 'webhook', hasMarkdown: false });
    }
    for (const [name, slug] of Object.entries(model.schemaSlugs)) {
      pages.push({ ...base, href: schemaHref(api.id, slug), title: name, section: 'schema', hasMarkdown: false });
    }
    pages.push({ ...base, href: `/reference/${api.id}/explorer/`, title: `Explorer · ${api.title}`, section: 'explorer', hasMarkdown: false });
  }
  return pages;
}
