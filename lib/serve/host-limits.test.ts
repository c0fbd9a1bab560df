import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeExport, HOST_LIMITS, hostLimitWarnings, listExportFiles, type ExportFile } from './host-limits';

const pages = (n: number, bytes = 1000): ExportFile[] => Array.from({ length: n }, (_, i) => ({ path: `reference/api/op-${i}/index.html`, bytes }));
const twins = (n: number, bytes = 1000): ExportFile[] => Array.from({ length: n }, (_, i) => ({ path: `reference/api/op-${i}.md`, bytes }));

describe('hostLimitWarnings', () => {
  it('says nothing for an export every host takes', () => {
    expect(hostLimitWarnings([...pages(2470, 80_000), ...twins(1223, 7000), { path: 'reference/api/openapi.json', bytes: 13_000_000 }], 'out/')).toEqual([]);
  });

  it('names the file count, the host and the setting that leaves the twins out', () => {
    const [warning, ...rest] = hostLimitWarnings([...pages(12_000), ...twins(10_000)], 'out/');
    expect(rest).toEqual([]);
    expect(warning).toContain('out/ holds 22,000 files');
    expect(warning).toContain('Cloudflare Pages takes at most 20,000');
    expect(warning).toContain('10,000 Markdown twins (.md, 10.0 MB)');
    expect(warning).toContain('"operationTwins": false');
  });

  it('counts only the operations’ twins in the hint: guides keep theirs', () => {
    const guideTwins: ExportFile[] = Array.from({ length: 500 }, (_, i) => ({ path: `docs/guide-${i}.md`, bytes: 1000 }));
    const [warning] = hostLimitWarnings([...pages(19_000), ...twins(600), ...guideTwins], 'out/');
    expect(warning).toContain('out/ holds 20,100 files');
    expect(warning).toContain("The operations' 600 Markdown twins (.md, 600.0 kB)");
  });

  it('names the size over GitHub Pages’ 1 GB, without a twin hint when there are no twins', () => {
    const [warning] = hostLimitWarnings(pages(5000, 250_000), 'site/');
    expect(warning).toBe('site/ is 1.25 GB; GitHub Pages publishes sites of at most 1 GB.');
  });

  it('lists files over 25 MiB, largest first', () => {
    const files = [...pages(10), { path: 'llms-full.txt', bytes: 547e6 }, { path: 'reference/api/openapi.yaml', bytes: HOST_LIMITS.cloudflareFileBytes + 1 }];
    const [warning] = hostLimitWarnings(files, 'out/');
    expect(warning).toBe('Cloudflare Pages serves no file over 25 MiB, and out/ has 2: llms-full.txt (547.0 MB), reference/api/openapi.yaml (26.2 MB).');
  });
});

describe('describeExport', () => {
  it('gives the size in the units hosts count in, and the file count', () => {
    expect(describeExport([...pages(4000, 50_000), ...twins(220, 10_000)], 'out/')).toBe('out/: 202.2 MB in 4,220 files.');
  });
});

describe('listExportFiles', () => {
  it('lists every file with its size and a path relative to the export', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-host-limits-'));
    fs.mkdirSync(path.join(dir, 'reference', 'api'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'index.html'), 'home');
    fs.writeFileSync(path.join(dir, 'reference', 'api', 'op.md'), '# Op\n');
    expect(listExportFiles(dir).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: 'index.html', bytes: 4 },
      { path: 'reference/api/op.md', bytes: 5 },
    ]);
    fs.rmSync(dir, { recursive: true });
  });
});
