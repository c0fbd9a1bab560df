import { PageLink } from '@/components/layout/page-link';
import { MethodBadge } from '@/components/reference/method-badge';
import type { SearchResult } from '@/lib/search/create-search-index';
import type { SearchHit } from '@/lib/search/search-document';
import { splitWords } from '@/lib/search/tokenize';
import type { MouseEvent, ReactNode } from 'react';

const KIND_LABELS: Record<SearchHit['kind'], string> = {
  api: 'API',
  operation: 'Operation',
  webhook: 'Webhook',
  schema: 'Schema',
  property: 'Property',
  guide: 'Guide',
  section: 'Section',
};

/** The title with the words the query matched marked; words are compared as the index split them. */
function highlight(text: string, matched: Set<string>): ReactNode[] {
  return text.split(/(\s+|[/_.-])/).map((part, index) => {
    const words = splitWords(part);
    return words.length > 0 && words.some((word) => matched.has(word)) ? <mark key={index}>{part}</mark> : part;
  });
}

function where(hit: SearchHit): string {
  const kind = KIND_LABELS[hit.kind];
  const parent = hit.parent ? ` in ${hit.parent}` : '';
  return `${hit.where} · ${kind}${parent}`;
}

export function resultId(position: number): string {
  return `search-result-${position}`;
}

export function SearchResults({
  results,
  matchedTerms,
  active,
  onOpen,
}: {
  results: SearchResult[];
  matchedTerms: string[];
  active: number;
  onOpen: (event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  const matched = new Set(matchedTerms);
  return (
    <ul className="search-results" id="search-results" aria-label="Search results">
      {results.map(({ hit }, position) => (
        <li key={`${hit.url}|${position}`}>
          <PageLink href={hit.url} id={resultId(position)} data-result={position} aria-current={position === active ? 'true' : undefined} onClick={onOpen}>
            <span className="search-result-title">
              {hit.method && <MethodBadge method={hit.method} />}
              <span>{highlight(hit.title, matched)}</span>
            </span>
            <span className="search-result-meta">
              {where(hit)}
              {hit.path && hit.kind === 'operation' ? ` · ${hit.path}` : ''}
            </span>
          </PageLink>
        </li>
      ))}
    </ul>
  );
}
