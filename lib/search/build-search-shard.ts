import type { SearchDocument, SearchHit } from './search-document';
import { identifierTerms, splitWords } from './tokenize';

/** How much a match counts, by the field it is in (the posting's low two bits). */
export const FIELD_WEIGHTS = [1, 4, 8, 10] as const;
export const FIELD = { text: 0, names: 1, identifiers: 2, title: 3 } as const;

/**
 * One index file: the hits it can answer, a sorted vocabulary and, per term, its postings.
 * A posting is `(docDelta << 2) | field`: the gap from the previous posting's hit (so numbers
 * stay small and compress well) and the best field the term occurs in for that hit.
 */
export interface SearchShard {
  version: 1;
  hits: SearchHit[];
  terms: string[];
  postings: number[][];
}

// Words too common in descriptions to tell anything apart; names and titles keep them.
const TEXT_STOP_WORDS = new Set(['the', 'and', 'for', 'with', 'this', 'that', 'from', 'are', 'you', 'your', 'can', 'will', 'not', 'use', 'its', 'when', 'which', 'all', 'any']);

function fieldTerms(document: SearchDocument): [number, string[]][] {
  // Schema and property names are identifiers a developer types as written (`issue_number`).
  const titleIsIdentifier = document.kind === 'schema' || document.kind === 'property';
  // A nested property (`issue.number`) is named by its last segment; the path before it counts
  // as much as its schema's name, or it would outrank what `issue_number` is really about.
  const cut = document.kind === 'property' ? document.title.lastIndexOf('.') : -1;
  const ownName = document.title.slice(cut + 1);
  const context = cut >= 0 ? [document.title.slice(0, cut)] : [];
  return [
    [FIELD.title, titleIsIdentifier ? identifierTerms(ownName) : splitWords(document.title)],
    [FIELD.identifiers, document.identifiers.flatMap(identifierTerms)],
    [FIELD.names, [...document.names, ...context].flatMap(identifierTerms)],
    [FIELD.text, splitWords(document.text).filter((word) => word.length > 2 && !TEXT_STOP_WORDS.has(word))],
  ];
}

function toHit(document: SearchDocument): SearchHit {
  const { kind, title, url, where, scope, parent, method, path, operationId } = document;
  return { kind, title, url, where, scope, parent, method, path, operationId };
}

/** The index file for `documents`: written at build time, read as is by the browser. */
export function buildSearchShard(documents: SearchDocument[]): SearchShard {
  // term -> hit index -> best field
  const byTerm = new Map<string, Map<number, number>>();
  documents.forEach((document, hit) => {
    for (const [field, terms] of fieldTerms(document)) {
      for (const term of terms) {
        let hits = byTerm.get(term);
        if (!hits) byTerm.set(term, (hits = new Map()));
        if ((hits.get(hit) ?? -1) < field) hits.set(hit, field);
      }
    }
  });
  const terms = [...byTerm.keys()].sort();
  const postings = terms.map((term) => {
    let previous = 0;
    return [...byTerm.get(term)!].map(([hit, field]) => {
      const posting = ((hit - previous) << 2) | field;
      previous = hit;
      return posting;
    });
  });
  return { version: 1, hits: documents.map(toHit), terms, postings };
}
