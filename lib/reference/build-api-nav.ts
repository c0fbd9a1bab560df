import { slugify } from '../openapi/assign-slugs';
import type { ApiModel, Operation } from '../openapi/types';
import { operationHref, schemaHref } from '../site/hrefs';

export interface NavItem {
  /** Site-relative, without the base path (next/link adds it). */
  href: string;
  label: string;
  method?: string;
  deprecated?: boolean;
}

export interface NavSection {
  /** Unique within the API; names the lazy JSON file (`<id>.json`) and the overview anchor. */
  id: string;
  kind: 'tag' | 'webhooks' | 'schemas';
  title: string;
  /** The tag's name as in the spec (tags only). */
  tag?: string;
  items: NavItem[];
}

export interface NavGroup {
  /** From `x-tagGroups`; undefined for the ungrouped list. */
  title?: string;
  sections: NavSection[];
}

export interface ApiNav {
  groups: NavGroup[];
  /** Webhooks and schemas, after the tag groups; empty sections are left out. */
  extras: NavSection[];
  totalItems: number;
}

/** Up to this many links the whole sidebar is inlined in every page; above it, only the current section. */
export const INLINE_NAV_LIMIT = 150;

/**
 * A current section longer than this shows a window of links around the page, and the rest on
 * request. Every link is ~6 layout objects in the first frame: at 50 the sidebar was 415 of the 918
 * a deep link to GitHub's "Get a repository" laid out (646 at 20).
 */
export const CURRENT_SECTION_WINDOW = 20;

/**
 * The links of a long section nearest to the current page (half before, half after),
 * so a schema page of an API with 1,000 schemas does not carry 1,000 links.
 */
export function windowAround(items: NavItem[], currentHref: string, size = CURRENT_SECTION_WINDOW): NavItem[] {
  if (items.length <= size) return items;
  const at = Math.max(0, items.findIndex((item) => item.href === currentHref));
  const start = Math.min(Math.max(0, at - Math.floor(size / 2)), items.length - size);
  return items.slice(start, start + size);
}

export const UNTAGGED = 'Other';

export function operationLabel(operation: Pick<Operation, 'summary' | 'method' | 'path' | 'kind'>): string {
  if (operation.summary?.trim()) return operation.summary.trim();
  return operation.kind === 'webhook' ? operation.path : `${operation.method.toUpperCase()} ${operation.path}`;
}

/** Tag name -> section id (`tag-<slug>`), unique even when two names slugify alike. */
export function tagSectionIds(tagNames: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of tagNames) {
    if (ids.has(name)) continue;
    const base = `tag-${slugify(name, { splitCamel: false }) || 'x'}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(name, id);
  }
  return ids;
}

function toItem(apiId: string, operation: Operation): NavItem {
  const item: NavItem = { href: operationHref(apiId, operation), label: operationLabel(operation), method: operation.method };
  if (operation.deprecated) item.deprecated = true;
  return item;
}

/**
 * The per-API navigation: operations grouped by tag (an operation with several
 * tags is listed under each; untagged ones under "Other"), tags grouped by
 * `x-tagGroups` (tags in no group follow in a final untitled group), then
 * webhooks and schemas.
 */
export function buildApiNav(model: Pick<ApiModel, 'tags' | 'tagGroups' | 'operations' | 'webhooks' | 'schemas' | 'schemaSlugs'>, apiId: string): ApiNav {
  const byTag = new Map<string, Operation[]>();
  for (const tag of model.tags) byTag.set(tag.name, []);
  for (const operation of model.operations) {
    for (const name of operation.tags.length > 0 ? operation.tags : [UNTAGGED]) {
      if (!byTag.has(name)) byTag.set(name, []);
      byTag.get(name)!.push(operation);
    }
  }
  const ids = tagSectionIds([...byTag.keys()]);
  const display = new Map(model.tags.map((tag) => [tag.name, tag.displayName]));
  const section = (name: string): NavSection | undefined => {
    const operations = byTag.get(name);
    if (!operations || operations.length === 0) return undefined;
    return { id: ids.get(name)!, kind: 'tag', title: display.get(name) ?? name, tag: name, items: operations.map((op) => toItem(apiId, op)) };
  };

  const groups: NavGroup[] = [];
  const placed = new Set<string>();
  for (const group of model.tagGroups) {
    const sections = group.tags.flatMap((name) => (placed.has(name) ? [] : (placed.add(name), section(name) ?? [])));
    if (sections.length > 0) groups.push({ title: group.name, sections });
  }
  const rest = [...byTag.keys()].filter((name) => !placed.has(name)).flatMap((name) => section(name) ?? []);
  if (rest.length > 0) groups.push({ sections: rest });

  const extras: NavSection[] = [];
  if (model.webhooks.length > 0) extras.push({ id: 'webhooks', kind: 'webhooks', title: 'Webhooks', items: model.webhooks.map((op) => toItem(apiId, op)) });
  const schemaNames = Object.keys(model.schemas);
  if (schemaNames.length > 0) extras.push({ id: 'schemas', kind: 'schemas', title: 'Schemas', items: schemaNames.map((name) => ({ href: schemaHref(apiId, model.schemaSlugs[name]), label: name })) });

  const totalItems = [...groups.flatMap((g) => g.sections), ...extras].reduce((sum, s) => sum + s.items.length, 0);
  return { groups, extras, totalItems };
}

/** Every section, in sidebar order. */
export function listNavSections(nav: ApiNav): NavSection[] {
  return [...nav.groups.flatMap((group) => group.sections), ...nav.extras];
}

/** Ids of the sections that list `href` (an operation with two tags is in both). */
export function sectionsContaining(nav: ApiNav | undefined, href: string): string[] {
  if (!nav) return [];
  return listNavSections(nav)
    .filter((section) => section.items.some((item) => item.href === href))
    .map((section) => section.id);
}
