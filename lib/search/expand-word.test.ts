import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistanceWithin } from '../text/edit-distance';
import { expandWord } from './expand-word';
import { scorePathMatch, splitTemplate } from './match-path';

const terms = ['authors', 'book', 'books', 'branch', 'default', 'list', 'lists', 'org', 'organization', 'orgs', 'pagination', 'paginated', 'repository', 'repositories'].sort();
const expand = (word: string) => Object.fromEntries(expandWord(terms, word).map(({ term, quality }) => [terms[term], quality]));

describe('expandWord', () => {
  it('matches the word, its plural or singular, and what it is a prefix of', () => {
    expect(expand('book')).toEqual({ book: 1, books: 0.9 });
    expect(expand('author')).toEqual({ authors: 0.9 });
    expect(expand('repository')).toMatchObject({ repository: 1, repositories: 0.9 });
    expect(Object.keys(expand('paginat')).sort()).toEqual(['paginated', 'pagination']);
    expect(Object.keys(expand('org')).sort()).toEqual(['org', 'organization', 'orgs']);
  });

  it('expands prefixes from two letters on', () => {
    expect(expand('o')).toEqual({});
    expect(Object.keys(expand('or')).sort()).toEqual(['org', 'organization', 'orgs']);
  });

  it('forgives one typo from 4 letters and two from 8, but only for words that are not terms', () => {
    expect(expand('lsit')).toEqual({ list: 0.6 });
    expect(expand('reposiotry')).toHaveProperty('repository');
    expect(expand('defualt')).toHaveProperty('default');
    expect(expand('brnch')).toHaveProperty('branch');
    expect(expand('bok')).toEqual({});
  });
});

describe('editDistanceWithin', () => {
  it('counts a transposition as one edit and stops early past the limit', () => {
    expect(editDistanceWithin('lsit', 'list', 1)).toBe(1);
    expect(editDistanceWithin('kitten', 'sitting', 3)).toBe(3);
    expect(editDistanceWithin('kitten', 'sitting', 1)).toBe(2);
    expect([3, 4, 7, 8].map((length) => allowedTypos('x'.repeat(length)))).toEqual([0, 1, 1, 2]);
  });
});

describe('scorePathMatch', () => {
  const score = (template: string, typed: string) => scorePathMatch(splitTemplate(template), typed.split('/').filter(Boolean));

  it('matches concrete values to template parameters, preferring literal segments', () => {
    expect(score('/repos/{owner}/{repo}/pulls', '/repos/octocat/hello/pulls')).toBeGreaterThan(score('/repos/{owner}/{repo}/{ref}', '/repos/octocat/hello/pulls'));
    expect(score('/repos/{owner}/{repo}/pulls', '/repos/octocat/hello/issues')).toBe(0);
    expect(score('/files/{name}.json', '/files/report.json')).toBeGreaterThan(0);
  });

  it('matches a spec path without the server prefix a copied URL has, and the other way round', () => {
    expect(score('/charges', '/v1/charges')).toBeGreaterThan(0);
    expect(score('/v1/charges', '/charges')).toBeGreaterThan(0);
    expect(score('/v1/charges', '/charges')).toBeLessThan(score('/charges', '/charges'));
  });

  it('matches the root path only to itself', () => {
    expect(score('/', '/')).toBeGreaterThan(0);
    expect(score('/users', '/')).toBe(0);
  });

  it('needs a literal segment in common for a partial match', () => {
    expect(score('/repos/{owner}/{repo}', '/anything')).toBe(0);
  });
});
