import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../content/site';
import { loadApi } from '../openapi/load-api';
import { buildPageRegistry, type PageEntry, type PageSection } from '../site/page-registry';
import { collectApiDocuments, collectGuideDocuments } from './collect-search-documents';
import type { SearchDocument, SearchKind } from './search-document';

// The default portal (content/): the contract between the page registry and the search index.
const CONTENT = path.resolve(import.meta.dirname, '../../content');

/** The sections whose pages are search results, and the kind of result each page is. */
const KIND_OF_SECTION: Partial<Record<PageSection, SearchKind>> = { guide: 'guide', overview: 'api', operation: 'operation', webhook: 'webhook', schema: 'schema' };
const PAGE_KINDS = new Set(Object.values(KIND_OF_SECTION));

let pages: PageEntry[];
let documents: SearchDocument[];

beforeAll(async () => {
  const site = loadSite(CONTENT);
  const apis = await Promise.all(site.apis.map(async (entry) => ({ id: entry.id, title: entry.title, model: (await loadApi(entry.specPath)).model })));
  pages = buildPageRegistry({ title: site.config.title, guides: site.guides, apis });
  documents = [...collectGuideDocuments(site.guides), ...apis.flatMap(collectApiDocuments)];
});

const keyOf = (kind: SearchKind | undefined, href: string, title: string) => `${kind} ${href} ${title}`;
const sorted = (keys: string[]) => [...keys].sort();

describe('the search index and the page registry', () => {
  it('has one search result per searchable page, with its href and title, and no page result the registry lacks', () => {
    const fromRegistry = pages.filter((page) => KIND_OF_SECTION[page.section]).map((page) => keyOf(KIND_OF_SECTION[page.section], page.href, page.title));
    const fromSearch = documents.filter((document) => PAGE_KINDS.has(document.kind)).map((document) => keyOf(document.kind, document.url, document.title));
    // Every section is there, so the comparison below is not of two empty lists.
    expect(new Set(fromRegistry.map((key) => key.split(' ')[0]))).toEqual(PAGE_KINDS);
    expect(new Set(fromRegistry).size).toBe(fromRegistry.length);
    expect(sorted(fromSearch)).toEqual(sorted(fromRegistry));
  });

  it('puts property and section results on registry pages', () => {
    const hrefs = new Set(pages.map((page) => page.href));
    const parts = documents.filter((document) => !PAGE_KINDS.has(document.kind));
    expect(parts.length).toBeGreaterThan(0);
    for (const document of parts) expect(hrefs, document.url).toContain(document.url.split('#')[0]);
  });
});
