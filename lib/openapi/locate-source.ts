import { childOf, parsePointer, refOf, splitRef, toPointer } from './pointer';
import { refTargetFile, type SourceFile } from './read-spec-files';

export interface SourceLocation {
  file: string;
  pointer: string;
  value: unknown;
  /** False when the walk stopped early; `file`/`pointer` then name the deepest location reached. */
  found: boolean;
}

/** Refs may chain (a ref to a ref to ...); a chain this long is a cycle. */
const MAX_HOPS = 64;

function follow(
  files: ReadonlyMap<string, SourceFile>,
  file: string,
  ref: string,
  hops: number,
): SourceLocation | undefined {
  if (hops > MAX_HOPS) return undefined;
  const { file: refFile, pointer } = splitRef(ref);
  const target = refTargetFile(file, refFile);
  if (target === undefined || !files.has(target)) return undefined;
  return walk(files, target, parsePointer(pointer), hops + 1, false);
}

function walk(
  files: ReadonlyMap<string, SourceFile>,
  file: string,
  tokens: readonly string[],
  hops: number,
  followLast: boolean,
): SourceLocation {
  let current: SourceLocation = { file, pointer: '', value: files.get(file)?.data, found: true };
  let walked: string[] = [];
  for (const token of tokens) {
    // A ref may land on another ref: keep jumping until the token can be taken.
    for (let ref = refOf(current.value); ref !== undefined && childOf(current.value, token) === undefined; ref = refOf(current.value)) {
      const jumped = follow(files, current.file, ref, hops++);
      if (!jumped || !jumped.found) return { ...(jumped ?? current), found: false };
      current = jumped;
      walked = parsePointer(jumped.pointer);
    }
    const child = childOf(current.value, token);
    if (child === undefined) return { ...current, found: false };
    walked = [...walked, token];
    current = { file: current.file, pointer: toPointer(walked), value: child, found: true };
  }
  const ref = followLast ? refOf(current.value) : undefined;
  if (ref !== undefined) return follow(files, current.file, ref, hops) ?? { ...current, found: false };
  return current;
}

/**
 * Finds where a pointer lives in the source files: starting at `file`, it walks the
 * tokens and jumps through every `$ref` met on the way (into other files too).
 * With `followLast`, a `$ref` at the final location is followed as well.
 */
export function locateSource(
  files: ReadonlyMap<string, SourceFile>,
  file: string,
  pointer: string,
  options: { followLast?: boolean } = {},
): SourceLocation {
  return walk(files, file, parsePointer(pointer), 0, options.followLast ?? false);
}
