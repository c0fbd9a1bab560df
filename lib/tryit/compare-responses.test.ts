import { describe, expect, it } from 'vitest';
import { compareHeaders, diffBodies, prettyBody } from './compare-responses';

describe('comparing two responses', () => {
  it('pretty-prints JSON so a diff shows values, not formatting', () => {
    expect(prettyBody('{"a":1,"b":[2]}', 'application/json')).toBe('{\n  "a": 1,\n  "b": [\n    2\n  ]\n}');
    expect(prettyBody('{not json', 'application/json')).toBe('{not json');
    expect(prettyBody('plain', 'text/plain')).toBe('plain');
  });

  it('lines up equal lines and pairs a replaced line with its replacement', () => {
    const left = prettyBody('{"id":1,"title":"Dracula","year":1897}', 'application/json');
    const right = prettyBody('{"id":1,"title":"Emma","year":1897,"extra":true}', 'application/json');
    const rows = diffBodies(left, right);
    expect(rows.filter((row) => row.changed)).toEqual([
      { left: { line: 3, text: '  "title": "Dracula",' }, right: { line: 3, text: '  "title": "Emma",' }, changed: true },
      { left: { line: 4, text: '  "year": 1897' }, right: { line: 4, text: '  "year": 1897,' }, changed: true },
      { right: { line: 5, text: '  "extra": true' }, changed: true },
    ]);
    expect(rows[0]).toEqual({ left: { line: 1, text: '{' }, right: { line: 1, text: '{' }, changed: false });
    expect(rows.at(-1)).toEqual({ left: { line: 5, text: '}' }, right: { line: 6, text: '}' }, changed: false });
  });

  it('shows identical bodies without a change, and lines only one side has', () => {
    expect(diffBodies('a\nb', 'a\nb').every((row) => !row.changed)).toBe(true);
    expect(diffBodies('a\nb\nc', 'a\nc')).toEqual([
      { left: { line: 1, text: 'a' }, right: { line: 1, text: 'a' }, changed: false },
      { left: { line: 2, text: 'b' }, changed: true },
      { left: { line: 3, text: 'c' }, right: { line: 2, text: 'c' }, changed: false },
    ]);
  });

  it('matches headers by name whatever the case and marks the differing ones', () => {
    expect(compareHeaders([['Content-Type', 'application/json'], ['X-Total', '3']], [['content-type', 'application/json'], ['X-Total', '9'], ['ETag', '"x"']])).toEqual([
      { name: 'Content-Type', left: 'application/json', right: 'application/json', differs: false },
      { name: 'ETag', right: '"x"', differs: true },
      { name: 'X-Total', left: '3', right: '9', differs: true },
    ]);
  });
});
