import type { Guide } from '../content/guides';
import type { ApiModel, Operation } from '../openapi/types';
import { buildSchemaView } from '../reference/build-schema-view';
import { schemaRef } from '../reference/schema-ref-name';
import { firstSentence } from '../site/first-sentence';
import { schemaHref } from '../site/hrefs';
import { apiPages, guidePage, type PageEntry } from '../site/page-registry';
import { listSchemaProperties } from './list-schema-properties';
import { listGuideSections } from './list-guide-sections';
import { toPlainText, type SearchDocument, type SearchKind } from './search-document';

export interface SearchableApi {
  id: string;
  title: string;
  model?: ApiModel;
}

const GUIDES_SCOPE = 'guides';

/**
 * The words a description is found by: the first sentence of its whole text, cut without a mark.
 * Not the registry's `description`, a line for reading (it joins `snake_case`, and an operation
 * without one gets `GET /path`): the index ships words, and these are the ones it always had.
 */
function describe(markdown: string | undefined, maxLength = 160): string {
  return firstSentence(toPlainText(markdown, 400), maxLength, '');
}

/** A page's own result: named and linked as the page registry lists it, found by `words`. */
function pageDocument(page: PageEntry, kind: SearchKind, words: Pick<SearchDocument, 'identifiers' | 'names' | 'text'>, more: Pick<SearchDocument, 'method' | 'path' | 'operationId'> = {}): SearchDocument {
  return { kind, title: page.title, url: page.href, where: page.group, scope: page.apiId ?? GUIDES_SCOPE, ...more, ...words };
}

function operationDocument(page: PageEntry, operation: Operation): SearchDocument {
  return pageDocument(
    page,
    operation.kind === 'webhook' ? 'webhook' : 'operation',
    {
      identifiers: [operation.operationId ?? '', operation.path].filter(Boolean),
      names: [...operation.tags, ...operation.parameters.map((parameter) => parameter.name)],
      text: describe(operation.description),
    },
    { method: operation.method.toUpperCase(), path: operation.path, operationId: operation.operationId },
  );
}

/**
 * A schema and its properties as its page shows them (`allOf` merged), nested ones as a path
 * (`permissions.admin`), each linking to the row's anchor (see list-schema-properties.ts). A path
 * into another component (`owner.login`) is one result for all the schemas that share it, named
 * after the component whose page has the row: `seen` holds the URLs already listed.
 */
function schemaDocuments(page: PageEntry, model: ApiModel, name: string, seen: Set<string>): SearchDocument[] {
  const apiId = page.apiId ?? '';
  const node = buildSchemaView(model, model.schemas[name], { seenRefs: [schemaRef(name)], maxDepth: 1, budget: { remaining: 400 } });
  const documents: SearchDocument[] = [
    pageDocument(page, 'schema', {
      identifiers: node.title && node.title !== name ? [node.title] : [],
      names: node.properties.map((property) => property.name),
      text: describe(node.description),
    }),
  ];
  for (const property of listSchemaProperties(model, name)) {
    const parent = property.component?.name ?? name;
    const propertyUrl = `${property.component ? schemaHref(apiId, property.component.slug) : page.href}#${property.anchor}`;
    const key = `${property.path} ${propertyUrl}`;
    if (seen.has(key)) continue;
    seen.add(key);
    documents.push({
      kind: 'property',
      title: property.path,
      url: propertyUrl,
      where: page.group,
      scope: apiId,
      parent,
      identifiers: [],
      names: [parent],
      // Nested rows are many on big specs; only the top level's descriptions are worth their bytes.
      text: property.depth === 1 ? describe(property.description) : '',
    });
  }
  return documents;
}

/** The documents of one API: its overview, operations, webhooks, schemas (its registry pages, less the explorer) and the schemas' properties. */
export function collectApiDocuments(api: SearchableApi): SearchDocument[] {
  const model = api.model;
  const operations = new Map([...(model?.operations ?? []), ...(model?.webhooks ?? [])].map((operation) => [operationKey(operation.kind, operation.slug), operation]));
  const schemaNames = new Map(Object.entries(model?.schemaSlugs ?? {}).map(([name, slug]) => [slug, name]));
  const seen = new Set<string>();
  const documents: SearchDocument[] = [];
  for (const page of apiPages(api)) {
    if (page.section === 'overview') documents.push(pageDocument(page, 'api', { identifiers: [api.id], names: [], text: describe(model?.info.description) }));
    else if (page.section === 'operation') documents.push(operationDocument(page, operations.get(operationKey('operation', page.params.slug))!));
    else if (page.section === 'webhook') documents.push(operationDocument(page, operations.get(operationKey('webhook', page.params.name))!));
    else if (page.section === 'schema' && model) documents.push(...schemaDocuments(page, model, schemaNames.get(page.params.name)!, seen));
  }
  return documents;
}

function operationKey(kind: Operation['kind'], slug: string): string {
  return `${kind} ${slug}`;
}

/** Each guide (its registry page) and each of its `h2`/`h3` sections, which link to the heading's anchor. */
export function collectGuideDocuments(guides: Guide[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const guide of guides) {
    const page = guidePage(guide);
    documents.push(pageDocument(page, 'guide', { identifiers: [], names: [], text: describe(guide.description || guide.body) }));
    if (guide.problem) continue;
    for (const section of listGuideSections(guide.body)) {
      documents.push({ kind: 'section', title: section.title, url: `${page.href}#${section.id}`, where: page.group, scope: GUIDES_SCOPE, parent: page.title, identifiers: [], names: [page.title], text: firstSentence(section.text, 200, '') });
    }
  }
  return documents;
}
