import { FIELD, FIELD_WEIGHTS, type SearchShard } from './build-search-shard';
import { expandWord, type Expansion } from './expand-word';
import { scorePathMatch, splitTemplate, type TemplateSegment } from './match-path';
import { parseQuery, type ParsedQuery } from './parse-query';
import type { SearchHit, SearchKind } from './search-document';
import { compactIdentifier, splitWords } from './tokenize';

export interface SearchResult {
  hit: SearchHit;
  score: number;
}

export interface SearchOptions {
  limit?: number;
  /** Only hits of this scope: an API id, or `guides`. */
  scope?: string;
}

export interface SearchAnswer {
  results: SearchResult[];
  /** The vocabulary terms the words matched (with plurals, prefixes, typos), for highlighting. */
  matchedTerms: string[];
}

export interface SearchIndex {
  /** Adds one index file; results from it count from the next search on. */
  addShard(shard: SearchShard): void;
  search(query: string, options?: SearchOptions): SearchAnswer;
}

interface LoadedShard {
  shard: SearchShard;
  /** Decoded postings, filled on first use: most terms are never asked for. */
  decoded: (Int32Array | undefined)[];
  templates: (TemplateSegment[] | undefined)[];
  /** Per hit, filled on first use: its names without case or separators, and its operationId's words sorted. */
  exactNames: (ExactNames | undefined)[];
  /**
   * Recent words' expansions: while a reader types, every word but the last is the same as one
   * keystroke before, and its typo scan need not run again.
   */
  expansions: Map<string, Expansion[]>;
}

const EXPANSION_CACHE_SIZE = 256;

function expansionsOf(entry: LoadedShard, word: string): Expansion[] {
  let found = entry.expansions.get(word);
  if (!found) {
    if (entry.expansions.size >= EXPANSION_CACHE_SIZE) entry.expansions.clear();
    entry.expansions.set(word, (found = expandWord(entry.shard.terms, word)));
  }
  return found;
}

interface ExactNames {
  compact: string[];
  operationIdWords?: string;
  /** A nested property's path (`owner.login`), exact only as typed: `owner_login` is another name. */
  propertyPath?: string;
}

const isPropertyPath = (hit: SearchHit) => hit.kind === 'property' && /[.[]/.test(hit.title);

function exactNamesOf(hit: SearchHit): ExactNames {
  if (isPropertyPath(hit)) return { compact: [], propertyPath: hit.title.toLowerCase() };
  const names = [hit.title, hit.operationId, hit.path].filter((name): name is string => name !== undefined);
  return { compact: names.map(compactIdentifier), operationIdWords: hit.operationId && [...splitWords(hit.operationId)].sort().join(' ') };
}

/** Scores that put the ranking a developer expects in order; see the tests for the cases. */
const BONUS = { exactName: 100, allWordsInTitle: 15 } as const;
const KIND_PRIOR: Record<SearchKind, number> = { operation: 2, api: 1, webhook: 1, schema: 1, guide: 1, section: 1, property: 0 };

function decode(postings: number[]): Int32Array {
  const decoded = new Int32Array(postings.length * 2);
  let hit = 0;
  postings.forEach((posting, index) => {
    hit += posting >> 2;
    decoded[index * 2] = hit;
    decoded[index * 2 + 1] = posting & 3;
  });
  return decoded;
}

function isExactName(names: ExactNames, query: ParsedQuery, typed: string): boolean {
  if (names.propertyPath) return names.propertyPath === typed.trim().toLowerCase();
  if (query.compact.length < 2) return false;
  return names.compact.includes(query.compact) || (query.words.length > 1 && names.operationIdWords === query.wordSet);
}

/**
 * The search over the build-time index files: exact names first (operationId, path, title), then
 * all words in the title, then tags, parameters and properties, then descriptions; kinds are
 * mixed by score. A leading method filters, a path matches templates. Framework-free, so the
 * dialog and the bench run the same code.
 */
export function createSearchIndex(shards: SearchShard[] = []): SearchIndex {
  const loaded: LoadedShard[] = [];
  const addShard = (shard: SearchShard) => {
    loaded.push({ shard, decoded: new Array(shard.terms.length), exactNames: new Array(shard.hits.length), expansions: new Map(), templates: shard.hits.map((hit) => (hit.path?.startsWith('/') ? splitTemplate(hit.path) : undefined)) });
  };
  shards.forEach(addShard);

  /** Per file, how well each hit's path matches the typed one (0: not at all). */
  function matchPaths(typed: string[]): Uint8Array[] {
    return loaded.map((entry) => {
      const scores = new Uint8Array(entry.shard.hits.length);
      entry.templates.forEach((template, hit) => {
        if (template) scores[hit] = scorePathMatch(template, typed);
      });
      return scores;
    });
  }

  function search(text: string, options: SearchOptions = {}): SearchAnswer {
    const query = parseQuery(text);
    const matchedTerms = new Set<string>();
    let words = query.words;
    let pathScores = query.path ? matchPaths(query.path) : undefined;
    const pathMatched = Boolean(pathScores?.some((scores) => scores.some((score) => score > 0)));
    // A path that matches no template still says which resources it is about: search its words.
    if (query.path && !pathMatched) {
      words = [...words, ...splitWords(query.path.join(' '))];
      pathScores = undefined;
    }
    const wordCount = words.length;
    if (wordCount === 0 && !pathMatched) return { results: [], matchedTerms: [] };
    const complete: SearchResult[] = [];
    const partial: SearchResult[] = [];
    loaded.forEach((entry, shardIndex) => {
      const hits = entry.shard.hits;
      // One row of word values per hit: typed arrays keep a query over thousands of postings cheap.
      const values = new Float32Array(hits.length * wordCount);
      const inTitle = new Uint8Array(hits.length);
      const touched = new Uint8Array(hits.length);
      const titled = new Uint8Array(hits.length);
      words.forEach((word, wordIndex) => {
        titled.fill(0);
        for (const { term, quality } of expansionsOf(entry, word)) {
          matchedTerms.add(entry.shard.terms[term]);
          const postings = (entry.decoded[term] ??= decode(entry.shard.postings[term]));
          for (let index = 0; index < postings.length; index += 2) {
            const hit = postings[index];
            const field = postings[index + 1];
            const slot = hit * wordCount + wordIndex;
            const value = FIELD_WEIGHTS[field] * quality;
            if (values[slot] < value) values[slot] = value;
            touched[hit] = 1;
            if (field === FIELD.title && quality >= 0.7) titled[hit] = 1;
          }
        }
        for (let hit = 0; hit < hits.length; hit++) inTitle[hit] += titled[hit];
      });
      const paths = pathScores?.[shardIndex];
      for (let hit = 0; hit < hits.length; hit++) {
        const path = paths ? paths[hit] : 0;
        if (pathMatched ? path === 0 : !touched[hit]) continue;
        const found = hits[hit];
        if (query.method && found.method !== query.method) continue;
        if (options.scope && found.scope !== options.scope) continue;
        let sum = 0;
        let matched = 0;
        let weakest = Infinity;
        for (let slot = hit * wordCount; slot < (hit + 1) * wordCount; slot++) {
          sum += values[slot];
          if (values[slot] > 0) matched++;
          weakest = Math.min(weakest, values[slot]);
        }
        let score = sum + path + KIND_PRIOR[found.kind];
        if (matched < wordCount) {
          partial.push({ hit: found, score: score * (matched / (wordCount * 2)) });
          continue;
        }
        if (wordCount > 0 && inTitle[hit] === wordCount) score += BONUS.allWordsInTitle;
        // An exact name has every word as typed in its title or identifiers (or is a property path); only those few are compared.
        if (wordCount === 0 ? path > 0 : weakest >= FIELD_WEIGHTS[FIELD.identifiers] * 0.9 || isPropertyPath(found)) {
          const names = (entry.exactNames[hit] ??= exactNamesOf(found));
          if (isExactName(names, query, text)) score += BONUS.exactName;
        }
        complete.push({ hit: found, score });
      }
    });
    // Hits that lack a word count only when no hit has them all.
    const results = (complete.length > 0 ? complete : partial).sort((a, b) => b.score - a.score || a.hit.title.length - b.hit.title.length);
    return { results: results.slice(0, options.limit ?? 20), matchedTerms: [...matchedTerms] };
  }

  return { addShard, search };
}
