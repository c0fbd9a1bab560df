import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { parsePointer } from './pointer';

interface Indexed {
  doc: Document;
  counter: LineCounter;
}

function index(text: string): Indexed {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  return { doc, counter };
}

function lineIn({ doc, counter }: Indexed, pointer: string): number | undefined {
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line);
  let node = doc.contents as Node | null | undefined;
  let line = lineAt(node?.range?.[0]) ?? 1;
  for (const token of parsePointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === token);
      if (!pair) break;
      line = lineAt((pair.key as Node | null)?.range?.[0]) ?? line;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(token)] as Node | undefined;
      if (!item) break;
      line = lineAt(item.range?.[0]) ?? line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}

/**
 * The 1-based line of a JSON pointer in a YAML or JSON text (JSON is read as YAML
 * flow syntax, which keeps positions); for a map entry, the line of its key. When
 * the pointer goes deeper than the text, the deepest line found.
 */
export function findLine(text: string, pointer: string): number | undefined {
  return lineIn(index(text), pointer);
}

/** Like `findLine`, parsing each file at most once (positions are only needed for problems). */
export function createLineFinder(textOf: (file: string) => string | undefined): (file: string, pointer: string) => number | undefined {
  const cache = new Map<string, Indexed | null>();
  return (file, pointer) => {
    if (!cache.has(file)) {
      const text = textOf(file);
      cache.set(file, text === undefined ? null : index(text));
    }
    const indexed = cache.get(file);
    return indexed ? lineIn(indexed, pointer) : undefined;
  };
}
