import { describe, expect, it } from 'vitest';
import { classifyBody } from './classify-body';
import { formatBytes } from '../text/format-bytes';
import { tokenizeJson } from './tokenize-json';

describe('tokenizeJson', () => {
  it('tells keys from string values, and numbers and literals apart', () => {
    const tokens = tokenizeJson('{"id": "bk_1", "n": -1.5e3, "ok": true, "x": null, "s": "a \\"true\\" 3"}').filter((t) => t.type !== 'space');
    expect(tokens.map((t) => `${t.type}:${t.text}`)).toEqual([
      'punctuation:{', 'key:"id"', 'punctuation::', 'string:"bk_1"', 'punctuation:,',
      'key:"n"', 'punctuation::', 'number:-1.5e3', 'punctuation:,',
      'key:"ok"', 'punctuation::', 'literal:true', 'punctuation:,',
      'key:"x"', 'punctuation::', 'literal:null', 'punctuation:,',
      'key:"s"', 'punctuation::', 'string:"a \\"true\\" 3"', 'punctuation:}',
    ]);
  });

  it('gives back the text it was given, even when it is not JSON', () => {
    for (const text of ['{"a": [1, 2]}\n', 'oops { "unterminated', '<html>"x"</html>']) {
      expect(tokenizeJson(text).map((t) => t.text).join('')).toBe(text);
    }
  });
});

describe('classifyBody', () => {
  it('picks the view from the content type', () => {
    expect(classifyBody('application/problem+json; charset=utf-8', 10)).toBe('json');
    expect(classifyBody('image/png', 10)).toBe('image');
    expect(classifyBody('image/svg+xml', 10)).toBe('text');
    expect(classifyBody('text/html', 10)).toBe('text');
    expect(classifyBody('application/xml', 10)).toBe('text');
    expect(classifyBody('application/pdf', 10)).toBe('binary');
    expect(classifyBody('application/json', 0)).toBe('empty');
    expect(classifyBody('', 3, new Uint8Array([0, 1, 2]))).toBe('binary');
    expect(formatBytes(1536)).toBe('1.5 kB');
  });
});
