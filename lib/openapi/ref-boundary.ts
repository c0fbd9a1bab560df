import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** Larger referenced files are refused: a spec fragment is never this big, a disk image or a log may be. */
export const MAX_REF_FILE_BYTES = 50 * 1024 * 1024;

export type RefVerdict = { ok: true } | { ok: false; reason: string };

/**
 * A `$ref`'s file part written as an absolute location: a path from the root,
 * a `file:` URL, a Windows drive or UNC path. Such refs are never followed, so a
 * spec can only name files relative to itself.
 */
export function isAbsoluteRef(refFile: string): boolean {
  return refFile.startsWith('/') || refFile.startsWith('\\') || /^file:/i.test(refFile) || /^[a-z]:[\\/]/i.test(refFile);
}

function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Real paths of the folders referenced files may come from (symlinks resolved, so they compare with real targets). */
export async function realRoots(roots: readonly string[]): Promise<string[]> {
  return Promise.all(roots.map(async (root) => realpath(root).catch(() => path.resolve(root))));
}

/**
 * Whether the file a relative `$ref` resolves to may be read. It must sit inside
 * one of `roots` both as written and once symlinks are resolved (a link inside
 * the folder pointing at `~/.ssh` counts as outside), be a regular file (not a
 * device such as `/dev/zero`, a FIFO or a folder) and be at most 50 MB.
 * Nothing outside the roots is opened or even looked at. A missing file is
 * `ok`: reading it reports "file not found" as before.
 * @param roots real paths, from `realRoots`
 */
export async function checkRefTarget(target: string, roots: readonly string[]): Promise<RefVerdict> {
  const outside: RefVerdict = { ok: false, reason: 'points outside the folder of the spec' };
  if (!roots.some((root) => isInside(path.resolve(target), root))) return outside;
  let real: string;
  try {
    real = await realpath(target);
  } catch {
    return { ok: true };
  }
  if (!roots.some((root) => isInside(real, root))) return outside;
  const info = await stat(real);
  if (!info.isFile()) return { ok: false, reason: 'is not a regular file' };
  if (info.size > MAX_REF_FILE_BYTES) return { ok: false, reason: `is larger than ${MAX_REF_FILE_BYTES / 1024 / 1024} MB` };
  return { ok: true };
}
