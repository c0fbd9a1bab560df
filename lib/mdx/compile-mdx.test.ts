import { describe, expect, it } from 'vitest';
import { compileMdx } from './compile-mdx';
import { parseCodeMeta } from './remark-code-blocks';

describe('compileMdx', () => {
  it('turns code fences into CodeBlock elements with title and highlights', async () => {
    const result = await compileMdx('```bash title="List books" {2}\ncurl a\ncurl b\n```');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.code).toContain('CodeBlock');
    expect(result.code).toContain('List books');
    expect(result.code).toContain('{2}');
  });

  it('collects h2/h3 headings with unique ids for the table of contents', async () => {
    const result = await compileMdx('# Top\n\n## Setup\n\n### Keys\n\n## Setup');
    expect(result.ok && result.toc).toEqual([
      { id: 'setup', title: 'Setup', depth: 2 },
      { id: 'keys', title: 'Keys', depth: 3 },
      { id: 'setup-1', title: 'Setup', depth: 2 },
    ]);
  });

  it('supports GFM tables', async () => {
    const result = await compileMdx('| a | b |\n| - | - |\n| 1 | 2 |');
    expect(result.ok && result.code).toContain('table');
  });

  it('turns GitHub alerts into titled boxes', async () => {
    const result = await compileMdx('> [!TIP]\n> Use a sandbox key.');
    expect(result.ok && result.code).toContain('markdown-alert-tip');
    expect(result.ok && result.code).not.toContain('[!TIP]');
  });

  it('returns the error and its line instead of throwing', async () => {
    const result = await compileMdx('# Title\n\n<Callout>\nunclosed', 3);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/Callout|closing/i);
    expect(result.line).toBeGreaterThan(3);
  });
});

describe('parseCodeMeta', () => {
  it('reads quoted and bare titles', () => {
    expect(parseCodeMeta('title="A b" {1-2}')).toEqual({ title: 'A b', highlight: '{1-2}' });
    expect(parseCodeMeta("title='x'")).toEqual({ title: 'x', highlight: undefined });
    expect(parseCodeMeta(null)).toEqual({ title: undefined, highlight: undefined });
  });
});
