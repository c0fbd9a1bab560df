import { allowedTypos, editDistanceWithin } from '../text/edit-distance';

/** A vocabulary term a typed word stands for, and how sure that is (1 = typed exactly). */
export interface Expansion {
  term: number;
  quality: number;
}

const QUALITY = { exact: 1, plural: 0.9, prefix: 0.7, typo1: 0.6, typo2: 0.45 } as const;
/** A short prefix can match hundreds of terms; a few dozen is what a reader can use. */
const MAX_PREFIX_TERMS = 60;

/** First index in sorted `terms` that is >= `word`. */
function lowerBound(terms: string[], word: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle] < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

function pluralForms(word: string): string[] {
  const forms = [`${word}s`, `${word}es`];
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith('es')) forms.push(word.slice(0, -2), word.slice(0, -1));
  else if (word.endsWith('s')) forms.push(word.slice(0, -1));
  if (word.endsWith('y')) forms.push(`${word.slice(0, -1)}ies`);
  return forms;
}

/**
 * The terms of a sorted vocabulary that a typed word matches: itself, its singular or plural,
 * the terms it is a prefix of (`paginat` -> pagination), and terms one typo away for words of
 * 4+ letters, two for 8+ (`lsit` -> list), when it is not itself a term.
 */
export function expandWord(terms: string[], word: string): Expansion[] {
  const found = new Map<number, number>();
  const add = (term: number, quality: number) => {
    if ((found.get(term) ?? 0) < quality) found.set(term, quality);
  };
  const exact = lowerBound(terms, word);
  if (terms[exact] === word) add(exact, QUALITY.exact);
  for (const form of pluralForms(word)) {
    const index = lowerBound(terms, form);
    if (terms[index] === form) add(index, QUALITY.plural);
  }
  // A word found as typed (or as its plural) is no typo; scanning for neighbours would only add noise and time.
  const typos = found.size > 0 ? 0 : allowedTypos(word);
  // One letter is not a prefix worth expanding: it would match a good part of the vocabulary.
  const prefixes = word.length >= 2 ? MAX_PREFIX_TERMS : 0;
  for (let index = exact, taken = 0; index < terms.length && taken < prefixes && terms[index].startsWith(word); index++) {
    if (terms[index] !== word) {
      add(index, QUALITY.prefix);
      taken++;
    }
  }
  if (typos > 0) {
    // Only terms that start with the word's first or second letter: that covers a slip anywhere
    // after the first letter and a swapped, missing or extra first letter, and reads a tenth of
    // the vocabulary. A wrong first letter is not forgiven.
    for (const letter of new Set([word[0], word[1]])) {
      const end = lowerBound(terms, `${letter}\uffff`);
      for (let index = lowerBound(terms, letter); index < end; index++) {
        const term = terms[index];
        if (Math.abs(term.length - word.length) > typos || found.has(index)) continue;
        const distance = editDistanceWithin(word, term, typos);
        if (distance <= typos) add(index, distance === 1 ? QUALITY.typo1 : QUALITY.typo2);
      }
    }
  }
  return [...found].map(([term, quality]) => ({ term, quality }));
}
