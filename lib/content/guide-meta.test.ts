import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readGuideMetas } from './guide-meta';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(relative: string, text: string) {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

describe('readGuideMetas', () => {
  it('keys each _meta.json by its folder under docs/', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meta-'));
    write('docs/_meta.json', '{"pages": ["index", {"separator": "More"}]}');
    write('docs/guides/deep/_meta.json', '{"title": "Deep", "defaultOpen": true}');
    const metas = readGuideMetas(path.join(dir, 'docs'));
    expect([...metas.keys()].sort()).toEqual(['', 'guides/deep']);
    expect(metas.get('guides/deep')).toEqual({ title: 'Deep', defaultOpen: true });
  });

  it('names the file and field of a wrong entry', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meta-'));
    write('docs/_meta.json', '{"pages": [{"title": "Status", "href": "not a url"}]}');
    expect(() => readGuideMetas(path.join(dir, 'docs'))).toThrow(/_meta\.json \(pages\.0\.href\)/);
  });
});
