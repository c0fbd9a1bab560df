import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '@/lib/static-html/fragments';
import { formatBytes } from '@/lib/text/format-bytes';

/** One file of an export, by its path under the export folder (with `/`) and its size. */
export interface ExportFile {
  path: string;
  bytes: number;
}

/**
 * Limits of static hosts a portal is often deployed to, as their documentation gives them
 * (December 2026): a deployment over one fails there, after a build that succeeded.
 */
export const HOST_LIMITS = {
  /** GitHub Pages: "Published GitHub Pages sites may be no larger than 1 GB." */
  githubPagesBytes: 1e9,
  /** Cloudflare Pages: 20,000 files per site on the free plan (100,000 on paid plans). */
  cloudflareFiles: 20_000,
  /** Cloudflare Pages: 25 MiB per file. */
  cloudflareFileBytes: 25 * 1024 * 1024,
} as const;

/** An operation's Markdown twin (`reference/<api>/<slug>.md`): what `publish.operationTwins: false` leaves out; guides' twins stay. */
const isOperationTwin = (file: ExportFile) => file.path.startsWith('reference/') && file.path.endsWith('.md');

const count = (n: number) => n.toLocaleString('en-US');

const totalBytes = (files: readonly ExportFile[]) => files.reduce((sum, f) => sum + f.bytes, 0);

/** The line a build ends with: `out/: 213.7 MB in 4,220 files.` */
export function describeExport(files: readonly ExportFile[], outLabel: string): string {
  return `${outLabel}: ${formatBytes(totalBytes(files))} in ${count(files.length)} files.`;
}

/**
 * What would keep the export in `outLabel` off the hosts of HOST_LIMITS, one sentence each with
 * what takes the room and the setting that gives it back: no limit is Portico's own, and hosts
 * without them (Netlify, S3, a web server) take the export as it is, so these are warnings.
 */
export function hostLimitWarnings(files: readonly ExportFile[], outLabel: string): string[] {
  const warnings: string[] = [];
  const twins = files.filter(isOperationTwin);
  const twinsHint = twins.length > 0 ? ` The operations' ${count(twins.length)} Markdown twins (.md, ${formatBytes(totalBytes(twins))}) are the part a setting removes: "publish": { "operationTwins": false } in portal.config.json leaves them out.` : '';
  if (files.length > HOST_LIMITS.cloudflareFiles) {
    warnings.push(`${outLabel} holds ${count(files.length)} files; Cloudflare Pages takes at most ${count(HOST_LIMITS.cloudflareFiles)} on its free plan (100,000 on paid plans).${twinsHint}`);
  }
  const bytes = totalBytes(files);
  if (bytes > HOST_LIMITS.githubPagesBytes) {
    warnings.push(`${outLabel} is ${formatBytes(bytes)}; GitHub Pages publishes sites of at most 1 GB.${twinsHint}`);
  }
  const large = files.filter((f) => f.bytes > HOST_LIMITS.cloudflareFileBytes).sort((a, b) => b.bytes - a.bytes);
  if (large.length > 0) {
    const listed = large.slice(0, 5).map((f) => `${f.path} (${formatBytes(f.bytes)})`).join(', ');
    warnings.push(`Cloudflare Pages serves no file over 25 MiB, and ${outLabel} has ${large.length === 1 ? 'one' : count(large.length)}: ${listed}${large.length > 5 ? ', …' : ''}.`);
  }
  return warnings;
}

/** Every file under `dir` with its size, paths relative to `dir` with `/`. */
export function listExportFiles(dir: string): ExportFile[] {
  return listFiles(dir, '').map((file) => ({ path: path.relative(dir, file).split(path.sep).join('/'), bytes: fs.statSync(file).size }));
}
