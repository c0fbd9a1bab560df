import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query';
import { compactIdentifier, splitWords } from './tokenize';

describe('splitWords', () => {
  it('splits snake_case, camelCase, kebab-case, slashes and acronyms into lower-case words', () => {
    expect(splitWords('issue_number')).toEqual(['issue', 'number']);
    expect(splitWords('listPulls')).toEqual(['list', 'pulls']);
    expect(splitWords('pulls/list pulls-list')).toEqual(['pulls', 'list', 'pulls', 'list']);
    expect(splitWords('HTTPServer getURLForID')).toEqual(['http', 'server', 'get', 'url', 'for', 'id']);
    expect(splitWords('Café /repos/{owner}')).toEqual(['cafe', 'repos', 'owner']);
  });

  it('makes every spelling of an identifier one compact form', () => {
    expect(new Set(['pulls/list', 'pulls-list', 'PullsList', 'pulls_list'].map(compactIdentifier))).toEqual(new Set(['pullslist']));
  });
});

describe('parseQuery', () => {
  it('reads a leading HTTP method as a filter and the path after it', () => {
    expect(parseQuery('POST /charges')).toMatchObject({ method: 'POST', path: ['charges'], words: [] });
    expect(parseQuery('delete book')).toMatchObject({ method: 'DELETE', words: ['book'] });
  });

  it('treats a lone method as a word, so "get" still finds things', () => {
    expect(parseQuery('GET')).toMatchObject({ method: undefined, words: ['get'] });
  });

  it('takes the path out of a full URL, without query string or fragment', () => {
    expect(parseQuery('https://api.github.com/repos/octocat/hello-world/pulls/42?per_page=2#x').path).toEqual(['repos', 'octocat', 'hello-world', 'pulls', '42']);
  });

  it('splits identifiers and keeps their compact and sorted forms for exact matches', () => {
    const parsed = parseQuery('listPulls');
    expect(parsed.words).toEqual(['list', 'pulls']);
    expect(parsed.compact).toBe('listpulls');
    expect(parsed.wordSet).toBe(parseQuery('pulls/list').wordSet);
  });
});
