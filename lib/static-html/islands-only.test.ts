import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillExport } from './fragments';
import { isIslandsOnlyPage, islandsOnlyFinish, toIslandsOnlyPage } from './islands-only';

// The shape of a page Next 16 exports: its bootstrap, chunk scripts (deferred by fillExport), a chunk
// preload, React's payload scripts, and scripts of our own that must stay (theme, speculation rules).
const page = (main: string) =>
  [
    '<!DOCTYPE html><html lang="en"><head>',
    '<link rel="stylesheet" href="/sub/_next/static/chunks/a.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/sub/_next/static/chunks/1j.js"/>',
    '<script src="/sub/_next/static/chunks/1j.js" defer=""></script>',
    '<script src="/sub/_next/static/chunks/poly.js" noModule=""></script>',
    '<script>(function(){document.documentElement.classList.add("js")})()</script>',
    '<script type="speculationrules">{"prefetch":[]}</script>',
    '</head><body>',
    main,
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n<\\u002fscript>"])</script>',
    '</body></html>',
  ].join('');

describe('islands-only pages', () => {
  const marked = page('<main id="main" class="content" data-islands-only=""><h1>Add a book</h1><script type="application/json" class="tryit-props">{"a":1}</script></main>');

  it('are the pages whose main element carries the attribute', () => {
    expect(isIslandsOnlyPage(marked)).toBe(true);
    expect(isIslandsOnlyPage(page('<main id="main" class="content"><h1>Guide</h1></main>'))).toBe(false);
    expect(isIslandsOnlyPage(page('<main id="main" class="content"><p>data-islands-only=""</p></main>'))).toBe(false);
  });

  it("lose Next's scripts, preloads and payload, keep everything else, and load the islands module", () => {
    const html = toIslandsOnlyPage(marked, '/sub/_portico/islands-X.js');
    expect(html).not.toMatch(/_next\/static\/chunks\/[^"]*\.js/);
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
    for (const kept of ['a.css', 'classList.add("js")', 'speculationrules', '<h1>Add a book</h1>', 'class="tryit-props">{"a":1}</script>']) expect(html).toContain(kept);
    expect(html).toContain('<script type="module" src="/sub/_portico/islands-X.js"></script></head>');
  });

  it('are rewritten while the export is filled, and only they', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'islands-only-'));
    fs.mkdirSync(path.join(out, 'docs'));
    fs.writeFileSync(path.join(out, 'index.html'), marked);
    const guide = page('<main id="main" class="content"><h1>Guide</h1></main>');
    fs.writeFileSync(path.join(out, 'docs', 'index.html'), guide);
    const stats = { pages: 0, bytesSaved: 0 };
    fillExport(out, out, islandsOnlyFinish('/_portico/islands-X.js', stats));
    expect(stats.pages).toBe(1);
    expect(stats.bytesSaved).toBeGreaterThan(200);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('/_portico/islands-X.js');
    expect(fs.readFileSync(path.join(out, 'docs', 'index.html'), 'utf8')).toBe(guide);
    fs.rmSync(out, { recursive: true });
  });
});
