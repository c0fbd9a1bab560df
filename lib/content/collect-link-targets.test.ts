import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFile, listContentAssets } from './collect-link-targets';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(relative: string, text = 'x') {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

describe('content assets', () => {
  it('lists files next to guides and in public/, never guides, _meta.json, hidden files or symlinks out', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assets-'));
    const content = path.join(dir, 'content');
    write('outside.txt', 'secret');
    write('content/docs/a.mdx');
    write('content/docs/_meta.json', '{}');
    write('content/docs/guides/flow.png');
    write('content/docs/.env');
    write('content/public/logo.svg');
    write('content/public/.git/config');
    fs.symlinkSync(path.join(dir, 'outside.txt'), path.join(content, 'public', 'leak.txt'));
    expect(listContentAssets(content).sort()).toEqual(['docs/guides/flow.png', 'public/logo.svg']);
    expect(contentFile(content, 'public/leak.txt')).toBeUndefined();
    expect(contentFile(content, 'docs/../../outside.txt')).toBeUndefined();
    expect(contentFile(content, 'docs/guides/flow.png')).toBe(path.join(fs.realpathSync(content), 'docs', 'guides', 'flow.png'));
  });
});
