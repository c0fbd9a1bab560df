import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileStamp, memoizeByStamp } from './stamp-cache';

let dir = '';
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stamp-'));
  fs.mkdirSync(path.join(dir, 'docs', 'guides'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'docs', 'guides', 'a.mdx'), '# A');
  fs.writeFileSync(path.join(dir, 'portal.config.json'), '{}');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Sets a file's modification time explicitly, so the test does not depend on the clock's resolution. */
function touch(relative: string, text: string, mtimeSeconds: number) {
  const file = path.join(dir, relative);
  fs.writeFileSync(file, text);
  fs.utimesSync(file, mtimeSeconds, mtimeSeconds);
}

describe('fileStamp', () => {
  it('stays the same while nothing changes, and changes when a file is saved, added, removed or renamed', () => {
    const first = fileStamp([dir]);
    expect(fileStamp([dir])).toBe(first);
    const stamps = [first];
    touch('docs/guides/a.mdx', '# A', 1_000_000);
    stamps.push(fileStamp([dir]));
    // Same time, other size: an editor that keeps the time still changes the stamp.
    touch('docs/guides/a.mdx', '# BB', 1_000_000);
    stamps.push(fileStamp([dir]));
    touch('docs/guides/a.mdx', '# C', 2_000_000);
    stamps.push(fileStamp([dir]));
    fs.writeFileSync(path.join(dir, 'docs', 'b.mdx'), '# B');
    stamps.push(fileStamp([dir]));
    fs.renameSync(path.join(dir, 'docs', 'b.mdx'), path.join(dir, 'docs', 'c.mdx'));
    stamps.push(fileStamp([dir]));
    fs.rmSync(path.join(dir, 'docs', 'c.mdx'));
    stamps.push(fileStamp([dir]));
    for (let i = 1; i < stamps.length; i++) expect(stamps[i], `step ${i}`).not.toBe(stamps[i - 1]);
  });

  it('leaves out hidden entries and node_modules, and takes a single file or a missing path', () => {
    const before = fileStamp([dir]);
    fs.mkdirSync(path.join(dir, '.git'));
    fs.writeFileSync(path.join(dir, '.git', 'HEAD'), 'x');
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.writeFileSync(path.join(dir, 'node_modules', 'x.js'), 'x');
    expect(fileStamp([dir])).toBe(before);
    const config = path.join(dir, 'portal.config.json');
    expect(fileStamp([config])).not.toBe(fileStamp([path.join(dir, 'missing.json')]));
  });
});

describe('memoizeByStamp', () => {
  it('loads again only when the stamp changes, per key', () => {
    let stamp = 's1';
    const loads: string[] = [];
    const get = memoizeByStamp((key: string) => {
      loads.push(key);
      return `${key}@${stamp}`;
    }, () => stamp);
    expect([get('a'), get('a'), get('b')]).toEqual(['a@s1', 'a@s1', 'b@s1']);
    stamp = 's2';
    expect([get('a'), get('a')]).toEqual(['a@s2', 'a@s2']);
    expect(loads).toEqual(['a', 'b', 'a']);
  });

  it('reloads the content folder after a guide is saved, using its real stamp', () => {
    let reads = 0;
    const getGuide = memoizeByStamp(() => {
      reads++;
      return fs.readFileSync(path.join(dir, 'docs', 'guides', 'a.mdx'), 'utf8');
    }, () => fileStamp([dir]));
    expect(getGuide(undefined)).toBe('# A');
    expect(getGuide(undefined)).toBe('# A');
    touch('docs/guides/a.mdx', '# Edited', 3_000_000);
    expect(getGuide(undefined)).toBe('# Edited');
    expect(reads).toBe(2);
  });

  it('forgets a load that throws or rejects, so the next call tries again', async () => {
    let fail = true;
    const get = memoizeByStamp(() => {
      if (fail) throw new Error('broken config');
      return 'ok';
    }, () => 'same');
    expect(() => get(1)).toThrow('broken config');
    fail = false;
    expect(get(1)).toBe('ok');

    let attempts = 0;
    const getAsync = memoizeByStamp(async () => {
      attempts++;
      if (attempts === 1) throw new Error('spec unreadable');
      return 'model';
    }, () => 'same');
    await expect(getAsync(1)).rejects.toThrow('spec unreadable');
    expect(await getAsync(1)).toBe('model');
  });
});
