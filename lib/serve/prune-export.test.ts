import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pruneExport } from './prune-export';

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
  it('removes the full-payload copies that equal index.txt, at every depth, and nothing else', () => {
    const root = exportTree({
      'index.html': '<html>',
      'index.txt': 'home payload',
      '__next._full.txt': 'home payload',
      '__next._tree.txt': 'tree',
      'reference/api/get-pet/index.txt': 'pet payload',
      'reference/api/get-pet/__next._full.txt': 'pet payload',
      'reference/api/get-pet/__next.reference.$d$apiId.$d$slug.__PAGE__.txt': 'pet segment',
    });
    expect(pruneExport(root)).toEqual({ files: 2, bytes: 'home payload'.length + 'pet payload'.length });
    expect(fs.existsSync(path.join(root, '__next._full.txt'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'reference/api/get-pet/__next._full.txt'))).toBe(false);
    for (const kept of ['index.html', 'index.txt', '__next._tree.txt', 'reference/api/get-pet/index.txt', 'reference/api/get-pet/__next.reference.$d$apiId.$d$slug.__PAGE__.txt']) {
      expect(fs.existsSync(path.join(root, kept))).toBe(true);
    }
  });

  it('keeps a full payload that differs from index.txt or has no index.txt beside it', () => {
    const root = exportTree({
      'a/index.txt': 'one',
      'a/__next._full.txt': 'two',
      'b/__next._full.txt': 'alone',
    });
    expect(pruneExport(root)).toEqual({ files: 0, bytes: 0 });
    expect(fs.existsSync(path.join(root, 'a/__next._full.txt'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'b/__next._full.txt'))).toBe(true);
  });
});
