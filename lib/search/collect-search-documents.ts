import type { Guide } from '../content/guides';
import type { ApiModel, Operation } from '../openapi/types';
import { operationLabel } from '../reference/build-api-nav';
import { buildSchemaView } from '../reference/build-schema-view';
import { schemaRef } from '../reference/schema-ref-name';
import { listSchemaProperties } from './list-schema-properties';
import { listGuideSections } from './list-guide-sections';
import { toPlainText, type SearchDocument } from './search-document';
import { firstSentence } from './tokenize';
import { apiOverviewHref, guideHref, operationHref, schemaHref } from '../site/hrefs';

export interface SearchableApi {
  id: string;
  title: string;
  model?: ApiModel;
}

const GUIDES = 'Guides';

function describe(markdown: string | undefined): string {
  return firstSentence(toPlainText(markdown, 400));
}

function operationDocument(api: SearchableApi, operation: Operation, url: string): SearchDocument {
  return {
    kind: operation.kind === 'webhook' ? 'webhook' : 'operation',
    title: operationLabel(operation),
    url,
    where: api.title,
    scope: api.id,
    method: operation.method.toUpperCase(),
    path: operation.path,
    operationId: operation.operationId,
    identifiers: [operation.operationId ?? '', operation.path].filter(Boolean),
    names: [...operation.tags, ...operation.parameters.map((parameter) => parameter.name)],
    text: describe(operation.description),
  };
}

/**
 * A schema and its properties as its page shows them (`allOf` merged), nested ones as a path
 * (`permissions.admin`), each linking to the row's anchor (see list-schema-properties.ts). A path
 * into another component (`owner.login`) is one result for all the schemas that share it, named
 * after the component whose page has the row: `seen` holds the URLs already listed.
 */
function schemaDocuments(api: SearchableApi, model: ApiModel, name: string, seen: Set<string>): SearchDocument[] {
  const url = schemaHref(api.id, model.schemaSlugs[name] ?? name);
  const node = buildSchemaView(model, model.schemas[name], { seenRefs: [schemaRef(name)], maxDepth: 1, budget: { remaining: 400 } });
  const documents: SearchDocument[] = [
    {
      kind: 'schema',
      title: name,
      url,
      where: api.title,
      scope: api.id,
      identifiers: node.title && node.title !== name ? [node.title] : [],
      names: node.properties.map((property) => property.name),
      text: describe(node.description),
    },
  ];
  for (const property of listSchemaProperties(model, name)) {
    const parent = property.component?.name ?? name;
    const propertyUrl = `${property.component ? schemaHref(api.id, property.component.slug) : url}#${property.anchor}`;
    const key = `${property.path} ${propertyUrl}`;
    if (seen.has(key)) continue;
    seen.add(key);
    documents.push({
      kind: 'property',
      title: property.path,
      url: propertyUrl,
      where: api.title,
      scope: api.id,
      parent,
      identifiers: [],
      names: [parent],
      // Nested rows are many on big specs; only the top level's descriptions are worth their bytes.
      text: property.depth === 1 ? describe(property.description) : '',
    });
  }
  return documents;
}

/** The documents of one API: its overview, operations, webhooks, schemas and their properties. */
export function collectApiDocuments(api: SearchableApi): SearchDocument[] {
  const documents: SearchDocument[] = [
    { kind: 'api', title: api.title, url: apiOverviewHref(api.id), where: api.title, scope: api.id, identifiers: [api.id], names: [], text: describe(api.model?.info.description) },
  ];
  const model = api.model;
  if (!model) return documents;
  for (const operation of model.operations) documents.push(operationDocument(api, operation, operationHref(api.id, operation)));
  for (const webhook of model.webhooks) documents.push(operationDocument(api, webhook, operationHref(api.id, webhook)));
  const seen = new Set<string>();
  for (const name of Object.keys(model.schemas)) documents.push(...schemaDocuments(api, model, name, seen));
  return documents;
}

/** Each guide and each of its `h2`/`h3` sections, which link to the heading's anchor. */
export function collectGuideDocuments(guides: Guide[]): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const guide of guides) {
    const url = guideHref(guide.slug);
    documents.push({ kind: 'guide', title: guide.title, url, where: GUIDES, scope: 'guides', identifiers: [], names: [], text: firstSentence(toPlainText(guide.description || guide.body, 400)) });
    if (guide.problem) continue;
    for (const section of listGuideSections(guide.body)) {
      documents.push({ kind: 'section', title: section.title, url: `${url}#${section.id}`, where: GUIDES, scope: 'guides', parent: guide.title, identifiers: [], names: [guide.title], text: firstSentence(section.text, 200) });
    }
  }
  return documents;
}
