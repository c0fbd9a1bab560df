import { compactIdentifier, splitWords } from './tokenize';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

export interface ParsedQuery {
  /** A leading HTTP method (`POST /charges`), upper case, when more follows it. */
  method?: string;
  /** A path as typed (`/repos/octocat/hello/pulls`), without origin, query string or fragment. */
  path?: string[];
  /** The words to match, lower case, identifiers split (`listPulls` -> list, pulls). */
  words: string[];
  /** The whole query without case or separators, for exact operationId/title/path matches. */
  compact: string;
  /** The words sorted, so `listPulls` is an exact match for `pulls/list`. */
  wordSet: string;
}

/** Path segments of a token that looks like a path or a URL, else undefined. */
function pathSegments(token: string): string[] | undefined {
  let path = token;
  const url = /^[a-z][a-z0-9+.-]*:\/\/[^/]+(\/.*)?$/i.exec(token);
  if (url) path = url[1] ?? '/';
  else if (!path.startsWith('/')) return undefined;
  path = path.replace(/[?#].*$/, '');
  return path.split('/').filter(Boolean);
}

/**
 * What a developer typed, understood: `POST /charges` is a method filter and a path,
 * `https://api.github.com/repos/octocat/hello/pulls?page=2` a path, `pulls/list` and
 * `listPulls` words of an identifier.
 */
export function parseQuery(query: string): ParsedQuery {
  const tokens = query.trim().split(/\s+/).filter(Boolean);
  let method: string | undefined;
  if (tokens.length > 1 && METHODS.has(tokens[0].toLowerCase())) method = tokens.shift()!.toUpperCase();
  let path: string[] | undefined;
  const wordTokens: string[] = [];
  for (const token of tokens) {
    const segments = path ? undefined : pathSegments(token);
    if (segments) path = segments;
    else wordTokens.push(token);
  }
  const rest = tokens.join(' ');
  const words = splitWords(wordTokens.join(' '));
  return { method, path, words, compact: compactIdentifier(rest), wordSet: [...words].sort().join(' ') };
}
