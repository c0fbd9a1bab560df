import { diffLines } from 'diff';

/** One line of a side-by-side diff; a side is absent where the other response has lines this one lacks. */
export interface DiffRow {
  left?: { line: number; text: string };
  right?: { line: number; text: string };
  changed: boolean;
}

/** JSON pretty-printed (keys in the order sent, two spaces), so a diff shows values, not formatting; other text as it is. */
export function prettyBody(body: string, contentType: string): string {
  if (!/json/i.test(contentType) && !/^\s*[[{]/.test(body)) return body;
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

function splitLines(value: string): string[] {
  const lines = value.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * Two bodies line by line, side by side (jsdiff's line diff): equal lines face each other, a
 * removed block faces the added block that replaced it, line for line, the longer one's rest
 * facing nothing.
 */
export function diffBodies(left: string, right: string): DiffRow[] {
  const rows: DiffRow[] = [];
  let leftLine = 0;
  let rightLine = 0;
  const changes = diffLines(left.endsWith('\n') ? left : `${left}\n`, right.endsWith('\n') ? right : `${right}\n`);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    const lines = splitLines(change.value);
    if (!change.added && !change.removed) {
      for (const text of lines) rows.push({ left: { line: ++leftLine, text }, right: { line: ++rightLine, text }, changed: false });
      continue;
    }
    const next = changes[i + 1];
    const removed = change.removed ? lines : [];
    const added = change.added ? lines : next?.added ? splitLines(next.value) : [];
    if (change.removed && next?.added) i++;
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      rows.push({
        ...(k < removed.length ? { left: { line: ++leftLine, text: removed[k] } } : {}),
        ...(k < added.length ? { right: { line: ++rightLine, text: added[k] } } : {}),
        changed: true,
      });
    }
  }
  return rows;
}

export interface HeaderRow {
  name: string;
  left?: string;
  right?: string;
  differs: boolean;
}

/** Headers of both responses by name (case-insensitive, repeated ones joined), sorted, each marked when the two differ. */
export function compareHeaders(left: readonly [string, string][], right: readonly [string, string][]): HeaderRow[] {
  const byName = (headers: readonly [string, string][]) => {
    const map = new Map<string, { name: string; value: string }>();
    for (const [name, value] of headers) {
      const key = name.toLowerCase();
      const seen = map.get(key);
      map.set(key, { name: seen?.name ?? name, value: seen ? `${seen.value}, ${value}` : value });
    }
    return map;
  };
  const a = byName(left);
  const b = byName(right);
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.map((key) => {
    const l = a.get(key);
    const r = b.get(key);
    return { name: l?.name ?? r?.name ?? key, left: l?.value, right: r?.value, differs: l?.value !== r?.value };
  });
}
