import path from 'node:path';
import { parseSource, type SourceFormat } from './parse-source';
import { isObject, parsePointer, splitRef, toPointer } from './pointer';
import { isSchemaPosition, REFUSED_REF_KEY } from './refused-ref';
import { type AllowedTarget, checkRefTarget, isAbsoluteRef, MAX_REF_FILE_BYTES, MAX_SPEC_TOTAL_BYTES, readBounded, realRoots, TOO_LARGE } from './ref-boundary';
import type { Problem } from './types';

export interface SourceFile {
  /** Absolute path. */
  path: string;
  text: string;
  data: unknown;
  format: SourceFormat;
}

/** One `$ref` as written in a source file. */
export interface RefSite {
  file: string;
  /** Pointer of the object holding the `$ref`. */
  pointer: string;
  ref: string;
  /** Absolute target file (the same file for `#/...` refs). */
  targetFile: string;
  targetPointer: string;
}

/** A `$ref` the loader would not follow (see ref-boundary): it was cut out of its file's data, unread. */
export interface RefusedRef {
  site: RefSite;
  reason: string;
}

export interface SpecFiles {
  entry: string;
  /** Folders `$ref`s may read from: the entry's folder and any the config adds. */
  roots: string[];
  files: Map<string, SourceFile>;
  /** The refs that were followed (or could not be: see `failed`); refused ones are in `refused`. */
  refs: RefSite[];
  refused: RefusedRef[];
  /** Files that could not be read or parsed, keyed by absolute path. */
  failed: Map<string, Problem>;
}

function isRemote(ref: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(ref) && !ref.startsWith('file://');
}

/** Absolute target file of a ref's file part, or undefined for remote refs. */
export function refTargetFile(fromFile: string, refFile: string): string | undefined {
  if (refFile === '') return fromFile;
  if (isRemote(refFile)) return undefined;
  if (refFile.startsWith('file://')) return new URL(refFile).pathname;
  let decoded = refFile;
  try {
    decoded = decodeURI(refFile);
  } catch {
    decoded = refFile;
  }
  return path.resolve(path.dirname(fromFile), decoded);
}

interface Frame {
  value: unknown;
  key: string | number;
  parent: Frame | undefined;
}

function pointerOfFrame(frame: Frame | undefined): string {
  const tokens: (string | number)[] = [];
  for (let f = frame; f?.parent !== undefined; f = f.parent) tokens.push(f.key);
  return toPointer(tokens.reverse());
}

/** Walks with parent links: the pointer is only built for objects that hold a `$ref`. */
function collectRefs(file: string, data: unknown, out: RefSite[]): void {
  const stack: Frame[] = [{ value: data, key: '', parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value } = frame;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (typeof value[i] === 'object' && value[i] !== null) stack.push({ value: value[i], key: i, parent: frame });
      continue;
    }
    if (!isObject(value)) continue;
    for (const key in value) {
      const child = value[key];
      if (key === '$ref' && typeof child === 'string') {
        const { file: refFile, pointer } = splitRef(child);
        const targetFile = refTargetFile(file, refFile) ?? child;
        out.push({ file, pointer: pointerOfFrame(frame), ref: child, targetFile, targetPointer: pointer });
      } else if (typeof child === 'object' && child !== null) {
        stack.push({ value: child, key, parent: frame });
      }
    }
  }
}

/** A file the boundary check let through but the read itself refused (it changed into a device, a link out...). */
interface RefusedOnRead {
  refused: string;
}

async function readOne(absPath: string, expected?: AllowedTarget): Promise<SourceFile | Problem | RefusedOnRead> {
  // Read through the real path the check approved, with the identity it saw; the entry (named by the config) as given.
  // A target that was missing when checked stays missing: nothing created since is opened.
  const read = expected && !expected.real ? ({ ok: false, code: 'ENOENT' } as const) : await readBounded(expected?.real ?? absPath, expected);
  if (!read.ok && 'reason' in read) return { refused: read.reason };
  if (!read.ok) {
    return {
      severity: 'error',
      code: 'file-not-found',
      message: read.code === 'ENOENT' ? `File not found: ${absPath}` : `Cannot read ${absPath} (${read.code})`,
      file: absPath,
      pointer: '',
      hint: 'Check the path; relative $refs are resolved from the folder of the file that contains them.',
    };
  }
  const text = read.text;
  const parsed = parseSource(absPath, text.replace(/^\uFEFF/, ''));
  return parsed.ok ? { path: absPath, text, data: parsed.data, format: parsed.format } : parsed.problem;
}

/** Why a ref is refused from how it is written alone (an absolute path or `file:` URL), before any file is looked at. */
function refusedAsWritten(site: RefSite): string | undefined {
  return !isRemote(site.ref) && isAbsoluteRef(splitRef(site.ref).file) ? 'is an absolute path or file: URL' : undefined;
}

const CUT = Symbol('refused $ref');

/**
 * Takes each of these `$ref`s out (refused, or leading nowhere), so bundling never asks for its target and the rest
 * of the document stays valid: where a schema stood, a marked schema stays (shown as
 * an unresolved reference, see refused-ref); anywhere else (a parameter, a response,
 * a path item) the object leaves its parent (array item or map entry).
 */
export function cutRefs(files: Map<string, SourceFile>, sites: readonly RefSite[]): void {
  const parents = new Set<Record<string, unknown> | unknown[]>();
  for (const site of sites) {
    const file = files.get(site.file);
    if (!file) continue;
    const tokens = parsePointer(site.pointer);
    if (tokens.length === 0) {
      file.data = {};
      continue;
    }
    let parent: unknown = file.data;
    for (const token of tokens.slice(0, -1)) parent = isObject(parent) || Array.isArray(parent) ? (parent as Record<string, unknown>)[token] : undefined;
    if (!isObject(parent) && !Array.isArray(parent)) continue;
    const last = tokens[tokens.length - 1];
    const holder = (parent as Record<string, unknown>)[last];
    if (isSchemaPosition(tokens) && isObject(holder)) {
      const marked: Record<string, unknown> = { ...holder, [REFUSED_REF_KEY]: site.ref };
      delete marked.$ref;
      (parent as Record<string, unknown>)[last] = marked;
      continue;
    }
    (parent as Record<string, unknown>)[last] = CUT;
    parents.add(parent);
  }
  // Marked first, removed after: splicing as we went would shift the indices of later refs in the same array.
  for (const parent of parents) {
    if (Array.isArray(parent)) {
      const kept = parent.filter((item) => item !== CUT);
      parent.splice(0, parent.length, ...kept);
    } else {
      for (const key of Object.keys(parent)) if (parent[key] === CUT) delete parent[key];
    }
  }
}

/**
 * Reads the entry file and, transitively, every local file named by a `$ref`.
 * Files are read concurrently; a spec split over thousands of files is read in one pass.
 * Only files inside the entry's folder (or `refRoots`) are read: absolute refs,
 * `file:` URLs, refs climbing out, symlinks leading out, devices and huge files
 * are refused unread and cut from the document (`refused`).
 */
export async function readSpecFiles(entryPath: string, options: { refRoots?: readonly string[]; maxTotalBytes?: number } = {}): Promise<SpecFiles> {
  const maxTotal = options.maxTotalBytes ?? MAX_SPEC_TOTAL_BYTES;
  let total = 0;
  const entry = path.resolve(entryPath);
  const roots = await realRoots([path.dirname(entry), ...(options.refRoots ?? [])]);
  const files = new Map<string, SourceFile>();
  const failed = new Map<string, Problem>();
  const refusedTargets = new Map<string, string>();
  const refs: RefSite[] = [];
  const requested = new Set<string>([entry]);
  let wave: { file: string; allowed?: AllowedTarget }[] = [{ file: entry }];
  while (wave.length > 0) {
    const results = await Promise.all(wave.map(({ file, allowed }) => readOne(file, allowed)));
    const next: string[] = [];
    results.forEach((result, i) => {
      const file = wave[i].file;
      if ('refused' in result) {
        if (file === entry) failed.set(file, { severity: 'error', code: 'file-not-found', message: `Cannot read ${file}: it ${result.refused}`, file, pointer: '', hint: result.refused === TOO_LARGE ? `Split it into files joined by $ref (each at most ${MAX_REF_FILE_BYTES / 1024 / 1024} MB).` : 'Point the config at the spec file itself.' });
        else refusedTargets.set(file, result.refused);
        return;
      }
      if (!('text' in result)) {
        failed.set(file, result);
        return;
      }
      files.set(file, result);
      const start = refs.length;
      collectRefs(file, result.data, refs);
      for (let r = start; r < refs.length; r++) {
        const target = refs[r].targetFile;
        if (isRemote(refs[r].ref) || refusedAsWritten(refs[r]) || requested.has(target)) continue;
        requested.add(target);
        next.push(target);
      }
    });
    // Checked before anything is opened: a refused target is never read.
    const verdicts = await Promise.all(next.map((target) => checkRefTarget(target, roots)));
    wave = [];
    next.forEach((target, i) => {
      const verdict = verdicts[i];
      if (verdict.ok && total + (verdict.size ?? 0) > maxTotal) {
        refusedTargets.set(target, `would take the files of this spec over ${Math.round(maxTotal / 1024 / 1024)} MB in total`);
      } else if (verdict.ok) {
        total += verdict.size ?? 0;
        wave.push({ file: target, allowed: verdict });
      } else {
        refusedTargets.set(target, verdict.reason);
      }
    });
  }
  const refused: RefusedRef[] = [];
  const followed: RefSite[] = [];
  for (const site of refs) {
    const reason = isRemote(site.ref) ? undefined : (refusedAsWritten(site) ?? refusedTargets.get(site.targetFile));
    if (reason) refused.push({ site, reason });
    else followed.push(site);
  }
  cutRefs(files, refused.map(({ site }) => site));
  return { entry, roots: roots.written, files, refs: followed, refused, failed };
}
