export type SearchKind = 'guide' | 'api' | 'operation' | 'webhook' | 'schema';

/** One searchable page, as shipped in the search index file. */
export interface SearchDocument {
  id: number;
  kind: SearchKind;
  title: string;
  /** Site-relative URL without the base path, e.g. `/reference/bookshelf/listbooks/`. */
  url: string;
  /** Where it lives: the API or "Guides". */
  section: string;
  /** Plain text for matching (truncated). */
  text: string;
  method?: string;
  path?: string;
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
