import { guideHref, type Guide } from '../content/guides';
import type { ApiModel } from '../openapi/types';
import { toPlainText, type SearchDocument } from './search-document';

export interface SearchableApi {
  id: string;
  title: string;
  model?: ApiModel;
}

/** Every page of the portal as a search document: guides, API overviews, operations, webhooks, schemas. */
export function collectSearchDocuments(guides: Guide[], apis: SearchableApi[]): SearchDocument[] {
  const documents: Omit<SearchDocument, 'id'>[] = [];
  for (const guide of guides) {
    documents.push({ kind: 'guide', title: guide.title, url: guideHref(guide.slug), section: 'Guides', text: toPlainText(`${guide.description ?? ''} ${guide.body}`) });
  }
  for (const api of apis) {
    const base = `/reference/${api.id}`;
    documents.push({ kind: 'api', title: api.title, url: `${base}/`, section: 'API reference', text: toPlainText(api.model?.info.description) });
    if (!api.model) continue;
    for (const operation of api.model.operations) {
      documents.push({
        kind: 'operation',
        title: operation.summary ?? `${operation.method.toUpperCase()} ${operation.path}`,
        url: `${base}/${operation.slug}/`,
        section: api.title,
        text: toPlainText(`${operation.operationId ?? ''} ${operation.tags.join(' ')} ${operation.description ?? ''}`, 300),
        method: operation.method.toUpperCase(),
        path: operation.path,
      });
    }
    for (const webhook of api.model.webhooks) {
      documents.push({ kind: 'webhook', title: webhook.summary ?? webhook.path, url: `${base}/webhooks/${webhook.slug}/`, section: `${api.title} webhooks`, text: toPlainText(webhook.description, 300) });
    }
    for (const name of Object.keys(api.model.schemas)) {
      documents.push({ kind: 'schema', title: name, url: `${base}/schemas/${encodeURIComponent(api.model.schemaSlugs[name])}/`, section: `${api.title} schemas`, text: '' });
    }
  }
  return documents.map((document, id) => ({ id, ...document }));
}
