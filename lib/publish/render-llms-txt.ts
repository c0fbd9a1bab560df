import { markdownHref, specFileHref } from '../site/hrefs';
import type { PageEntry } from '../site/page-registry';
import { publicUrl, type PublishLocation } from './site-url';

export interface LlmsSite {
  title: string;
  description?: string;
}

/** Link text in Markdown: brackets and newlines from spec text would break the list. */
function linkText(text: string): string {
  return line(text).replace(/([[\]])/g, '\\$1');
}

/** One line of text; `<` and `>` backslash-escaped so a Markdown viewer shows spec markup as text, never as HTML. */
function line(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\<>])/g, '\\$1');
}

function listItem(page: PageEntry, location: PublishLocation): string {
  const target = publicUrl(page.hasMarkdown ? markdownHref(page.href) : page.href, location);
  const description = page.description && page.description !== page.title ? `: ${line(page.description)}` : '';
  return `- [${linkText(page.title)}](${target.replace(/[()\s]/g, (c) => encodeURIComponent(c))})${description}`;
}

/**
 * `/llms.txt` in the llmstxt.org format: an H1 with the portal's name, a blockquote summary,
 * then one H2 section per group (Guides, each API) listing its pages with a one-line
 * description. Links point to the Markdown twins, which is what the format asks for.
 */
export function renderLlmsTxt(site: LlmsSite, pages: readonly PageEntry[], location: PublishLocation): string {
  const out = [`# ${line(site.title)}`, ''];
  if (site.description) out.push(`> ${line(site.description)}`, '');
  out.push(`The full text of these pages in one file: ${publicUrl('/llms-full.txt', location)}`, '');
  const guides = pages.filter((page) => page.section === 'guide');
  if (guides.length > 0) out.push('## Guides', '', ...guides.map((page) => listItem(page, location)), '');
  const apiIds = [...new Set(pages.filter((page) => page.apiId).map((page) => page.apiId!))];
  for (const apiId of apiIds) {
    const apiPages = pages.filter((page) => page.apiId === apiId);
    const overview = apiPages.find((page) => page.section === 'overview');
    const operations = apiPages.filter((page) => page.section === 'operation');
    out.push(`## ${line(overview?.title ?? apiId)}`, '');
    if (overview) out.push(listItem({ ...overview, title: 'Overview' }, location));
    out.push(...operations.map((page) => listItem(page, location)));
    out.push(`- [OpenAPI document](${publicUrl(specFileHref(apiId, 'json'), location)}): the bundled spec as JSON`, '');
  }
  return out.join('\n');
}

/** The head of `/llms-full.txt`: the portal's title and description. */
export function llmsFullHeader(site: LlmsSite): string {
  const parts = [`# ${line(site.title)}`, ''];
  if (site.description) parts.push(`> ${line(site.description)}`, '');
  return parts.join('\n');
}

/** One twin's part of `/llms-full.txt`, headed by the URL of its page. */
export function llmsFullSection(page: PageEntry, markdown: string, location: PublishLocation): string {
  return ['', '---', '', `Source: ${publicUrl(page.href, location)}`, '', markdown.trim(), ''].join('\n');
}

/** `/llms-full.txt`: every twin one after the other, each headed by the URL of its page. */
export function renderLlmsFull(site: LlmsSite, twins: readonly { page: PageEntry; markdown: string }[], location: PublishLocation): string {
  return llmsFullHeader(site) + twins.map(({ page, markdown }) => llmsFullSection(page, markdown, location)).join('');
}
