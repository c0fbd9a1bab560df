import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectLinkTargets } from './collect-link-targets';
import { GuideCache } from './guide-cache';
import type { Guide } from './guides';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const guide = (slug: string, body: string): Guide => ({ slug: [slug], title: slug, navTitle: slug, hidden: false, docsPath: `${slug}.mdx`, order: 0, file: `/c/docs/${slug}.mdx`, body, bodyLineOffset: 4 });

function cacheFiles(): string[] {
  const guidesDir = path.join(dir, 'cache', 'guides');
  return fs.existsSync(guidesDir) ? fs.readdirSync(guidesDir) : [];
}

describe('GuideCache', () => {
  it('hands a guide compiled by one process (the content check) to the next (a build worker)', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-cache-'));
    const content = path.join(dir, 'content');
    fs.mkdirSync(path.join(content, 'docs'), { recursive: true });
    const a = guide('a', '## Start\n\nSee [b](./b.mdx#end).');
    const b = guide('b', '## End');
    const check = new GuideCache(path.join(dir, 'cache'));
    const targets = collectLinkTargets(content, [a, b], new Map(), check);
    const first = await check.compile(a, targets);
    expect(first.ok && first.linkProblems).toEqual([]);
    expect(cacheFiles()).toHaveLength(3); // two guides' anchors, one compiled guide

    // What the worker gets is what the check wrote, read from disk: mark the entry to tell.
    const [entry] = cacheFiles().map((name) => path.join(dir, 'cache', 'guides', name)).filter((file) => fs.readFileSync(file, 'utf8').includes('"code"'));
    fs.writeFileSync(entry, JSON.stringify({ ...first, code: 'from the cache' }));
    const worker = new GuideCache(path.join(dir, 'cache'));
    const again = await worker.compile(a, collectLinkTargets(content, [a, b], new Map(), worker));
    expect(again.ok && again.code).toBe('from the cache');
  });

  it('compiles again when something the link check depends on changes', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-cache-'));
    const content = path.join(dir, 'content');
    fs.mkdirSync(path.join(content, 'docs'), { recursive: true });
    const cache = new GuideCache(path.join(dir, 'cache'));
    const a = guide('a', 'See [b](./b.mdx#end).');
    const before = await cache.compile(a, collectLinkTargets(content, [a, guide('b', '## End')], new Map(), cache));
    expect(before.ok && before.linkProblems).toEqual([]);
    // b's heading is renamed: a's link is broken now, though a itself did not change.
    const after = await cache.compile(a, collectLinkTargets(content, [a, guide('b', '## Finish')], new Map(), cache));
    expect(after.ok && after.linkProblems.map((problem) => problem.message)).toEqual(['broken link "./b.mdx#end": no heading "#end" on /docs/b/']);
    // An image appearing in the content folder changes the fingerprint too.
    const targets = collectLinkTargets(content, [a], new Map(), cache);
    fs.writeFileSync(path.join(content, 'docs', 'flow.png'), 'x');
    expect(collectLinkTargets(content, [a], new Map(), cache).fingerprint).not.toBe(targets.fingerprint);
  });

  it('without a folder it compiles every time and writes nothing', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guide-cache-'));
    const cache = new GuideCache(undefined);
    const a = guide('a', '# A');
    const result = await cache.compile(a, collectLinkTargets(dir, [a], new Map(), cache));
    expect(result.ok).toBe(true);
    expect(cacheFiles()).toEqual([]);
  });
});
