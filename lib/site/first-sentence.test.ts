import { describe, expect, it } from 'vitest';
import { firstSentence, summaryOf, toPlainLine } from './first-sentence';

describe('firstSentence', () => {
  it('keeps the first sentence of plain text', () => {
    expect(firstSentence('Lists books. Use cursors to page.')).toBe('Lists books.');
    expect(firstSentence('No full stop here')).toBe('No full stop here');
    expect(firstSentence('Pass `per_page`? Then more.')).toBe('Pass `per_page`?');
  });

  it('cuts a long sentence with a mark, or none when asked', () => {
    expect(firstSentence('x'.repeat(300))).toBe(`${'x'.repeat(159)}…`);
    expect(firstSentence('x'.repeat(300), 200, '')).toBe('x'.repeat(200));
  });
});

describe('summaryOf', () => {
  it('cuts a description at its first sentence, without Markdown', () => {
    expect(summaryOf('Adds a **book**. Then returns [it](/x).')).toBe('Adds a book.');
    expect(summaryOf('# Title\n\nNo period here')).toBe('Title No period here');
    expect(summaryOf('   ')).toBeUndefined();
    expect(summaryOf(undefined)).toBeUndefined();
    expect(summaryOf('x'.repeat(300))!.length).toBe(160);
  });

  it('keeps underscores inside names and drops emphasis marks', () => {
    expect(toPlainLine('Pass _per_page_ or **page_size**, not `__proto__`.')).toBe('Pass per_page or page_size, not proto.');
  });

  it('drops HTML tags from spec text', () => {
    expect(toPlainLine('<script>alert(1)</script>Hello <b>there</b>')).toBe('alert(1) Hello there');
  });
});
