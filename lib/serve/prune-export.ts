import fs from 'node:fs';
import path from 'node:path';

export interface PruneResult {
  files: number;
  bytes: number;
}

const FULL_PAYLOAD = '__next._full.txt';
const PAGE_PAYLOAD = 'index.txt';

/**
 * Next's static export writes each page's React payload as `index.txt` and again, byte for
 * byte, as `__next._full.txt`. The client router of the Next version we pin reads `index.txt`
 * for navigations and the per-segment files for prefetches, never the copy; on a big API the
 * copies are a fifth of the files and a quarter of the bytes. Only exact copies are removed,
 * so a future Next that writes something different there keeps it.
 */
export function pruneExport(outDir: string): PruneResult {
  const result: PruneResult = { files: 0, bytes: 0 };
  const pending = [outDir];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    const entries = fs.readdirSync(dir, { withFileTypes: true });
    for (const entry of entries) if (entry.isDirectory()) pending.push(path.join(dir, entry.name));
    if (!entries.some((entry) => entry.name === FULL_PAYLOAD) || !entries.some((entry) => entry.name === PAGE_PAYLOAD)) continue;
    const copy = path.join(dir, FULL_PAYLOAD);
    const bytes = fs.readFileSync(copy);
    if (!bytes.equals(fs.readFileSync(path.join(dir, PAGE_PAYLOAD)))) continue;
    result.bytes += bytes.length;
    result.files += 1;
    fs.rmSync(copy);
  }
  return result;
}
