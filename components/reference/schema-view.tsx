import { BASE_PATH } from '@/components/base-path';
import { schemaFieldsHtml, schemaViewHtml, type SchemaFieldInput, type SchemaHtmlOptions } from '@/lib/reference/schema-html';
import type { SchemaNode } from '@/lib/reference/schema-view-types';
import { markdownHtml } from './markdown';
import { StaticHtml } from '@/components/static-html';

function htmlOptions(apiId: string): SchemaHtmlOptions {
  return { apiId, basePath: BASE_PATH, markdown: markdownHtml };
}

// Schema trees arrive as one HTML string (see lib/reference/schema-html.ts): a page's
// RSC payload then carries a string instead of thousands of elements.

/** A whole schema (a body, a component): its type line, text, facts and the tree of fields. */
export function SchemaView({ node, idPrefix, apiId, showDescription = true }: { node: SchemaNode; idPrefix: string; apiId: string; showDescription?: boolean }) {
  return <StaticHtml className="schema-view" html={schemaViewHtml(node, idPrefix, htmlOptions(apiId), showDescription)} />;
}

/** A list of named fields (parameters of one location, response headers) with their schemas. */
export function SchemaFields({ fields, apiId }: { fields: SchemaFieldInput[]; apiId: string }) {
  return <StaticHtml as="ul" className="schema-props" html={schemaFieldsHtml(fields, htmlOptions(apiId))} />;
}
