import fs from 'node:fs';
import path from 'node:path';

/** Folders a stamp never descends into: not content, and possibly huge. */
const SKIPPED = new Set(['node_modules']);

function stampLines(target: string, lines: string[]) {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    lines.push(`${target}\0missing`);
    return;
  }
  if (!stat.isDirectory()) {
    lines.push(`${target}\0${stat.mtimeMs}\0${stat.size}`);
    return;
  }
  // The folder's own line catches a file removed or renamed even when no other line would change.
  lines.push(`${target}\0dir`);
  let names: string[];
  try {
    names = fs.readdirSync(target);
  } catch {
    return;
  }
  for (const name of names.sort()) {
    if (name.startsWith('.') || SKIPPED.has(name)) continue;
    stampLines(path.join(target, name), lines);
  }
}

/**
 * A fingerprint of the files under `targets` (files or folders, recursively; hidden entries and
 * node_modules left out): their paths, modification times and sizes. It changes when a file is
 * saved, added, removed or renamed, and costs a `stat` per file rather than reading any.
 */
export function fileStamp(targets: readonly string[]): string {
  const lines: string[] = [];
  for (const target of targets) stampLines(path.resolve(target), lines);
  return lines.join('\n');
}

/**
 * Memoizes `load` per key for as long as `stampOf(key)` returns the same stamp: `next dev`
 * keeps what it loaded from the content folder until a file there changes, instead of loading
 * it again for every page, or (worse) never again. A `load` that throws, or whose promise
 * rejects, is not remembered: the next call tries again.
 */
export function memoizeByStamp<Key, Value>(load: (key: Key) => Value, stampOf: (key: Key) => string): (key: Key) => Value {
  const entries = new Map<Key, { stamp: string; value: Value }>();
  return (key) => {
    const stamp = stampOf(key);
    const entry = entries.get(key);
    if (entry && entry.stamp === stamp) return entry.value;
    const value = load(key);
    const fresh = { stamp, value };
    entries.set(key, fresh);
    if (value instanceof Promise) value.catch(() => entries.get(key) === fresh && entries.delete(key));
    return value;
  };
}
