/**
 * Words from text and identifiers, shared by the index builder and the query parser so both
 * sides split the same way: `listPulls` -> list, pulls; `issue_number` -> issue, number;
 * `pulls/list`, `pulls-list` -> pulls, list; `HTTPServer` -> http, server; `é` -> e.
 */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  const spaced = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // camelCase and PascalCase boundaries, and an acronym before a word (HTTPServer).
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  for (const word of spaced.split(/[^a-z0-9]+/)) {
    if (word) words.push(word);
  }
  return words;
}

/** An identifier with case and separators removed: `pulls/list`, `pulls-list` and `PullsList` all become `pullslist`. */
export function compactIdentifier(text: string): string {
  return splitWords(text).join('');
}

/** Words of `text` plus, for a multi-word identifier, its compact form, so `issuenumber` finds `issue_number`. */
export function identifierTerms(identifier: string): string[] {
  const words = splitWords(identifier);
  return words.length > 1 ? [...words, words.join('')] : words;
}

