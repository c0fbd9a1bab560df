import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isPayloadFile, pruneExport } from './prune-export';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function exportTree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-prune-'));
  dirs.push(root);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('pruneExport', () => {
  it("removes Next's payload files at every depth and keeps everything else", () => {
    const root = exportTree({
      'index.html': '<html>',
      'index.txt': 'home payload',
      '__next._full.txt': 'home payload',
      '__next._tree.txt': 'tree',
      'robots.txt': 'User-agent: *',
      'docs/notes.txt': 'a team asset',
      'reference/api/get-pet/index.html': '<html>',
      'reference/api/get-pet/index.txt': 'pet payload',
      'reference/api/get-pet/__next.reference.$d$apiId.$d$slug.__PAGE__.txt': 'pet segment',
    });
    const removed = ['index.txt', '__next._full.txt', '__next._tree.txt', 'reference/api/get-pet/index.txt', 'reference/api/get-pet/__next.reference.$d$apiId.$d$slug.__PAGE__.txt'];
    const bytes = removed.reduce((sum, name) => sum + fs.statSync(path.join(root, name)).size, 0);
    expect(pruneExport(root)).toEqual({ files: 5, bytes });
    for (const name of removed) expect(fs.existsSync(path.join(root, name))).toBe(false);
    for (const kept of ['index.html', 'robots.txt', 'docs/notes.txt', 'reference/api/get-pet/index.html']) expect(fs.existsSync(path.join(root, kept))).toBe(true);
  });

  it("removes what placeholder routes answered, and nothing named like it elsewhere", () => {
    const root = exportTree({
      'reference/_none/console/_none.json': '{}',
      'content-assets/_none': 'Not found',
      'reference/api/console/get-pet.json': '{"operation":{}}',
      'reference/api/schemas/_none/index.html': '<html>',
      'content-assets/docs/_none.png': 'png',
    });
    expect(pruneExport(root)).toEqual({ files: 2, bytes: '{}'.length + 'Not found'.length });
    expect(fs.existsSync(path.join(root, 'reference/_none'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'content-assets/_none'))).toBe(false);
    for (const kept of ['reference/api/console/get-pet.json', 'reference/api/schemas/_none/index.html', 'content-assets/docs/_none.png']) expect(fs.existsSync(path.join(root, kept))).toBe(true);
  });

  it('knows the payload names', () => {
    expect(isPayloadFile('index.txt')).toBe(true);
    expect(isPayloadFile('__next._tree.txt')).toBe(true);
    expect(isPayloadFile('robots.txt')).toBe(false);
    expect(isPayloadFile('llms.txt')).toBe(false);
    expect(isPayloadFile('__next.js')).toBe(false);
  });
});
