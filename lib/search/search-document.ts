export type SearchKind = 'api' | 'operation' | 'webhook' | 'schema' | 'property' | 'guide' | 'section';

/** What the dialog shows for one result; shipped in the index files, so keep it short. */
export interface SearchHit {
  kind: SearchKind;
  /** Summary, heading, schema or property name. */
  title: string;
  /** Site-relative URL without the base path, with the anchor when it points into a page. */
  url: string;
  /** Where it lives: the API's title, or "Guides". */
  where: string;
  /** The scope filter it belongs to: an API id, or `guides`. */
  scope: string;
  /** The page it is part of, for a property (its schema) or a guide section (its guide). */
  parent?: string;
  method?: string;
  path?: string;
  operationId?: string;
}

/**
 * A hit with the text it is found by, grouped by how much a match there counts
 * (see FIELD_WEIGHTS in search-shard.ts).
 */
export interface SearchDocument extends SearchHit {
  /** Names a developer types exactly: operationId, path template, webhook name. */
  identifiers: string[];
  /** Tags, parameter names, a schema's property names, the parent's title. */
  names: string[];
  /** The first sentence of the description, a section's opening text. */
  text: string;
}

/** Plain text from Markdown/MDX, good enough for matching and excerpts. */
export function toPlainText(markdown: string | undefined, maxLength = 600): string {
  if (!markdown) return '';
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#>*_`|{}]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength);
}
