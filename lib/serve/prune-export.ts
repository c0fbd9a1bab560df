import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '@/lib/static-html/fragments';
import { PLACEHOLDER_OUTPUTS } from '@/lib/site/hrefs';

export interface PruneResult {
  files: number;
  bytes: number;
}

/** Next's React payload files: `index.txt` for navigations, `__next.<segment>.txt` for prefetches. */
export function isPayloadFile(name: string): boolean {
  return name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));
}

/**
 * Every portal link is a plain link (a full page load of a static page: see
 * lib/static-html/fragments.ts for why), so Next's client router never asks for a page's
 * payload files. Next still writes three copies beside each page's HTML; on GitHub's spec they
 * were 462 MB of a 1.1 GB export and three of every four files. Only files named as Next
 * names them are removed (`robots.txt` or a team's own `.txt` assets stay), and what the
 * placeholder routes answered (PLACEHOLDER_PARAM in lib/site/hrefs.ts).
 */
export function pruneExport(outDir: string): PruneResult {
  const result: PruneResult = { files: 0, bytes: 0 };
  for (const file of listFiles(outDir, '.txt')) {
    if (!isPayloadFile(path.basename(file))) continue;
    result.bytes += fs.statSync(file).size;
    result.files += 1;
    fs.rmSync(file);
  }
  for (const placeholder of PLACEHOLDER_OUTPUTS) {
    const target = path.join(outDir, placeholder);
    if (!fs.existsSync(target)) continue;
    for (const file of fs.statSync(target).isDirectory() ? listFiles(target, '') : [target]) {
      result.bytes += fs.statSync(file).size;
      result.files += 1;
    }
    fs.rmSync(target, { recursive: true });
  }
  return result;
}
