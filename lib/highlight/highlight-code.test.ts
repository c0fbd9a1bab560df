import { describe, expect, it } from 'vitest';
import { highlightCode, normalizeLanguage, parseLineRanges } from './highlight-code';

describe('highlightCode', () => {
  it('escapes markup in the code', async () => {
    const html = await highlightCode('<script>alert(1)</script>', { lang: 'html' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;');
  });

  it('marks the requested lines', async () => {
    const html = await highlightCode('a\nb\nc', { lang: 'text', highlightLines: '{2}' });
    expect(html.match(/class="line highlighted"/g)).toHaveLength(1);
  });
});

describe('normalizeLanguage', () => {
  it('maps aliases and falls back to text', () => {
    expect(normalizeLanguage('sh')).toBe('bash');
    expect(normalizeLanguage('cobol')).toBe('text');
    expect(normalizeLanguage(undefined)).toBe('text');
  });
});

describe('parseLineRanges', () => {
  it('reads single lines and ranges', () => {
    expect([...parseLineRanges('{1,3-4}')]).toEqual([1, 3, 4]);
    expect(parseLineRanges('nonsense').size).toBe(0);
  });
});
