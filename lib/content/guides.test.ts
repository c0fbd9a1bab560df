import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listGuides } from './guides';

let dir = '';
function write(relative: string, text: string) {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('listGuides', () => {
  it('lists guides in order with slugs from their paths', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guides-'));
    write('docs/b.mdx', '---\ntitle: B\norder: 2\n---\n# B');
    write('docs/a.mdx', '---\ntitle: A\norder: 1\n---\n# A');
    write('docs/more/index.mdx', '---\ntitle: More\n---\ntext');
    const guides = listGuides(dir);
    expect(guides.map((g) => g.slug.join('/'))).toEqual(['a', 'b', 'more']);
    expect(guides[0].body.trim()).toBe('# A');
    expect(guides[0].bodyLineOffset).toBe(4);
  });

  it('names the file and field when frontmatter is wrong', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guides-'));
    write('docs/bad.mdx', '---\norder: first\n---\n');
    write('docs/good.mdx', '---\ntitle: Good\n---\n');
    const guides = listGuides(dir);
    const good = guides.find((g) => g.slug[0] === 'good')!;
    const bad = guides.find((g) => g.slug[0] === 'bad')!;
    expect(good.problem).toBeUndefined();
    expect(bad.problem).toMatch(/bad\.mdx.*title/);
  });

  it('gives guides with hostile file names safe, unique URLs and warns about clashes', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guides-'));
    const front = (title: string) => `---\ntitle: ${title}\n---\n`;
    write('docs/index.mdx', front('Root'));
    write('docs/...mdx', front('Dots'));
    write('docs/a b/%2e%2e.mdx', front('Encoded'));
    write('docs/Intro.mdx', front('Intro upper'));
    write('docs/intro.mdx', front('Intro lower'));
    write('docs/more.mdx', front('More file'));
    write('docs/more/index.mdx', front('More folder'));
    write('docs/q?.mdx', front('Question'));
    const guides = listGuides(dir);
    const byTitle = Object.fromEntries(guides.map((g) => [g.title, g]));
    expect(Object.fromEntries(guides.map((g) => [g.title, g.slug.join('/')]))).toEqual({
      Root: '',
      Dots: 'guide',
      Encoded: 'a-b/2e-2e',
      'Intro upper': 'Intro',
      'Intro lower': 'intro-2',
      'More file': 'more',
      'More folder': 'more-2',
      Question: 'q',
    });
    for (const guide of guides) for (const segment of guide.slug) expect(segment).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*$/);
    expect(byTitle['Intro lower'].warning).toMatch(/intro\.mdx.*\/docs\/intro\/.*Intro\.mdx.*\/docs\/intro-2\//);
    expect(byTitle['More folder'].warning).toMatch(/more[/\\]index\.mdx/);
    expect(byTitle['Intro upper'].warning).toBeUndefined();
    expect(byTitle.Dots.warning).toBeUndefined();
  });

  it('returns nothing when there is no docs folder', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guides-'));
    expect(listGuides(dir)).toEqual([]);
  });
});

describe('guide navigation fields', () => {
  it('reads sidebar_label and hidden, and gives the root index the /docs/ slug', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guides-'));
    write('docs/index.mdx', '---\ntitle: Welcome to the docs\nsidebar_label: Overview\n---\n');
    write('docs/guides/draft.mdx', '---\ntitle: Draft\nhidden: true\n---\n');
    const [draft, index] = listGuides(dir).sort((a, b) => a.docsPath.localeCompare(b.docsPath));
    expect(draft).toMatchObject({ docsPath: 'guides/draft.mdx', slug: ['guides', 'draft'], hidden: true, navTitle: 'Draft' });
    expect(index).toMatchObject({ docsPath: 'index.mdx', slug: [], hidden: false, navTitle: 'Overview', title: 'Welcome to the docs' });
  });
});
