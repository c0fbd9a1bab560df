import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { boundedReader, deferChunkScripts, fillExport, fillFragments, fragmentKey, writeFragment } from './fragments';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-fragments-'));
  dirs.push(dir);
  return dir;
}

describe('fragments', () => {
  it('names a fragment by its content, once', () => {
    const dir = tempDir();
    const key = writeFragment(dir, '<p>Book</p>');
    expect(key).toMatch(/^[0-9a-f]{24}$/);
    expect(writeFragment(dir, '<p>Book</p>')).toBe(key);
    expect(writeFragment(dir, '<p>Author</p>')).not.toBe(key);
    expect(fs.readdirSync(dir)).toHaveLength(2);
  });

  it('fills empty elements that name a fragment, wherever the attribute stands, and reports unknown keys', () => {
    const a = fragmentKey('A');
    const b = fragmentKey('B');
    const unknown = '0'.repeat(24);
    const page = `<main><div class="schema-view" data-static-html="${a}"></div><ul data-static-html="${b}" class="x"></ul><div data-static-html="${unknown}"></div></main>`;
    const read = (key: string) => ({ [a]: '<b>tree</b>', [b]: '<li>one</li>' })[key];
    const result = fillFragments(page, read);
    expect(result.html).toBe(`<main><div class="schema-view" data-static-html="${a}"><b>tree</b></div><ul data-static-html="${b}" class="x"><li>one</li></ul><div data-static-html="${unknown}"></div></main>`);
    expect(result.filled).toBe(2);
    expect(result.missing).toEqual([unknown]);
  });

  it('leaves text that only mentions the attribute alone', () => {
    const page = '<pre>data-static-html="abc"</pre>';
    expect(fillFragments(page, () => 'x').html).toBe(page);
  });

  it('fills a whole export', () => {
    const fragments = tempDir();
    const out = tempDir();
    const key = writeFragment(fragments, '<p>filled</p>');
    fs.mkdirSync(path.join(out, 'reference/api/op'), { recursive: true });
    fs.writeFileSync(path.join(out, 'reference/api/op/index.html'), `<div data-static-html="${key}"></div>`);
    fs.writeFileSync(path.join(out, 'index.html'), '<p>home</p>');
    expect(fillExport(out, fragments)).toEqual({ pages: 1, fragments: 1, missing: [] });
    expect(fs.readFileSync(path.join(out, 'reference/api/op/index.html'), 'utf8')).toBe(`<div data-static-html="${key}"><p>filled</p></div>`);
  });
});

describe('deferChunkScripts', () => {
  it("defers Next's chunk scripts and leaves inline, module-less and other scripts alone", () => {
    const page = [
      '<script src="/_next/static/chunks/a1.js" async=""></script>',
      '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
      '<script>self.__next_f.push([0])</script>',
      '<script src="/sub/_next/static/chunks/b2.js" async=""></script>',
    ].join('');
    expect(deferChunkScripts(page)).toBe(
      [
        '<script src="/_next/static/chunks/a1.js" defer=""></script>',
        '<script src="/_next/static/chunks/poly.js" noModule=""></script>',
        '<script>self.__next_f.push([0])</script>',
        '<script src="/sub/_next/static/chunks/b2.js" defer=""></script>',
      ].join(''),
    );
  });
});

describe('boundedReader', () => {
  it('reads each key once while it fits, and drops the least recently used when it does not', () => {
    const reads: string[] = [];
    const read = boundedReader((key) => {
      reads.push(key);
      return key === 'none' ? undefined : key.repeat(10);
    }, 25);
    read('a');
    read('b');
    read('a');
    expect(reads).toEqual(['a', 'b']);
    read('c'); // 30 chars: b, the least recently used, goes
    read('a');
    read('b');
    expect(reads).toEqual(['a', 'b', 'c', 'b']);
    expect(read('none')).toBeUndefined();
    expect(read('none')).toBeUndefined();
    expect(reads.filter((key) => key === 'none')).toHaveLength(1);
  });

  it('returns a fragment larger than the whole budget', () => {
    const read = boundedReader((key) => key.repeat(100), 10);
    expect(read('x')).toHaveLength(100);
  });
});
