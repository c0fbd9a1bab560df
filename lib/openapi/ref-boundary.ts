import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Larger files are refused: a disk image or a log may be this big, a spec rarely is. Microsoft
 * Graph's beta spec, the largest public one we know, is ~60 MB of YAML; a Graph-shaped
 * 10,000-operation spec (bench/) is 59 MB of JSON.
 */
export const MAX_REF_FILE_BYTES = 120 * 1024 * 1024;

/** All the files one spec reads, together: many files just under the limit must not exhaust memory either. */
export const MAX_SPEC_TOTAL_BYTES = 200 * 1024 * 1024;

/** The folders referenced files may come from, as written (resolved) and with symlinks resolved. */
export interface RefRoots {
  written: string[];
  real: string[];
}

/** What a check allows: the real file and its identity, so the read can make sure it opened that very file. */
export interface AllowedTarget {
  ok: true;
  /** Real path (symlinks resolved); absent when the file does not exist (reading it reports "file not found"). */
  real?: string;
  dev?: number;
  ino?: number;
  /** Bytes, when the file exists. */
  size?: number;
}

export type RefVerdict = AllowedTarget | { ok: false; reason: string };

/**
 * A `$ref`'s file part written as an absolute location: a path from the root,
 * a `file:` URL, a Windows drive or UNC path. Such refs are never followed, so a
 * spec can only name files relative to itself.
 */
export function isAbsoluteRef(refFile: string): boolean {
  return refFile.startsWith('/') || refFile.startsWith('\\') || /^file:/i.test(refFile) || /^[a-z]:[\\/]/i.test(refFile);
}

/** Whether `file` is `root` or below it (`..foo` inside the root is inside; `../foo` is not). */
export function isInside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  if (relative === '') return true;
  if (path.isAbsolute(relative)) return false;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`);
}

/** Both forms of each root: a spec reached through a symlinked folder compares as written, its targets as real paths. */
export async function realRoots(roots: readonly string[]): Promise<RefRoots> {
  const written = roots.map((root) => path.resolve(root));
  const real = await Promise.all(written.map(async (root) => realpath(root).catch(() => root)));
  return { written, real };
}

const OUTSIDE = 'points outside the folder of the spec';
export const TOO_LARGE = `is larger than ${MAX_REF_FILE_BYTES / 1024 / 1024} MB`;
const HIDDEN = 'is a hidden file or inside a hidden folder';

/**
 * Whether `file`, below the first of `roots` holding it, is or sits in a dot-file
 * (`.env`, `.npmrc`, `.git/`, `.ssh/`): where credentials live when the content
 * folder is a project's root. Undefined when no root holds it.
 */
function hiddenBelow(file: string, roots: readonly string[]): boolean | undefined {
  const root = roots.find((r) => isInside(file, r));
  if (root === undefined) return undefined;
  return path
    .relative(root, file)
    .split(path.sep)
    .some((segment) => segment.startsWith('.') && segment !== '.' && segment !== '..');
}

/**
 * Whether the file a relative `$ref` resolves to may be read. It must sit inside
 * one of the roots both as written and once symlinks are resolved (a link inside
 * the folder pointing at `~/.ssh` counts as outside), be a regular file (not a
 * device such as `/dev/zero`, a FIFO or a folder), be at most 120 MB and not be
 * hidden (no path segment below the root starting with a dot).
 * Nothing outside the roots is opened or even looked at. A missing file is
 * `ok`: reading it reports "file not found" as before.
 */
export async function checkRefTarget(target: string, roots: RefRoots): Promise<RefVerdict> {
  const resolved = path.resolve(target);
  const hidden = hiddenBelow(resolved, roots.written) ?? hiddenBelow(resolved, roots.real);
  if (hidden === undefined) return { ok: false, reason: OUTSIDE };
  if (hidden) return { ok: false, reason: HIDDEN };
  let real: string;
  try {
    real = await realpath(resolved);
  } catch {
    return { ok: true };
  }
  const realHidden = hiddenBelow(real, roots.real);
  if (realHidden === undefined) return { ok: false, reason: OUTSIDE };
  if (realHidden) return { ok: false, reason: HIDDEN };
  // `real` has no symlinks left, so this stat looks at the file itself; it never opens it.
  const info = await stat(real);
  if (!info.isFile()) return { ok: false, reason: 'is not a regular file' };
  if (info.size > MAX_REF_FILE_BYTES) return { ok: false, reason: TOO_LARGE };
  return { ok: true, real, dev: info.dev, ino: info.ino, size: info.size };
}

export type BoundedRead = { ok: true; text: string } | { ok: false; reason: string } | { ok: false; code: string };

/**
 * Reads a file checked by `checkRefTarget` (or the entry file) without trusting
 * that nothing changed since: opened without blocking (a FIFO swapped in cannot
 * hang the build) and without following a final symlink, then checked again on
 * the open descriptor (regular file, same file as checked, at most 120 MB) before
 * a byte is read; at most 120 MB are read.
 */
export async function readBounded(file: string, expected?: { dev?: number; ino?: number }): Promise<BoundedRead> {
  const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (expected?.ino !== undefined ? (constants.O_NOFOLLOW ?? 0) : 0);
  let handle;
  try {
    handle = await open(file, flags);
  } catch (error) {
    return { ok: false, code: (error as NodeJS.ErrnoException).code ?? 'error' };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: 'is not a regular file' };
    if (expected?.ino !== undefined && (info.ino !== expected.ino || info.dev !== expected.dev)) return { ok: false, reason: 'changed while it was being checked' };
    if (info.size > MAX_REF_FILE_BYTES) return { ok: false, reason: TOO_LARGE };
    const buffer = Buffer.alloc(Math.min(info.size, MAX_REF_FILE_BYTES) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    // Grew past its size since the stat: never take more than the limit.
    if (length > MAX_REF_FILE_BYTES) return { ok: false, reason: TOO_LARGE };
    return { ok: true, text: buffer.subarray(0, length).toString('utf8') };
  } finally {
    await handle.close();
  }
}
