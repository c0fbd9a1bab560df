import $RefParser from '@apidevtools/json-schema-ref-parser';
import { fileURLToPath } from 'node:url';
import type { SpecFiles } from './read-spec-files';

function toPath(url: string): string {
  return url.startsWith('file://') ? fileURLToPath(url) : decodeURI(url);
}

/**
 * Bundles the already-read files into one document whose refs are all internal
 * (`#/...`), using json-schema-ref-parser. Files are served from memory, so nothing
 * is read or parsed twice.
 */
export async function bundleDocument(spec: SpecFiles): Promise<unknown> {
  // One file whose refs are all internal is already a bundle. json-schema-ref-parser would still
  // crawl it, recursing once per link of a chain of $refs: a Graph-shaped spec's 72,760 refs
  // between entities overflow the stack that way (and GitHub's take seconds).
  if (spec.files.size === 1 && spec.refs.every((ref) => ref.targetFile === spec.entry)) return structuredClone(spec.files.get(spec.entry)!.data);
  const parser = new $RefParser();
  const fromMemory = (url: string): unknown => {
    const file = spec.files.get(toPath(url));
    if (!file) throw new Error(`not loaded: ${url}`);
    // bundle() rewrites $refs in place; the originals stay intact for mapping problems back to source lines.
    return structuredClone(file.data);
  };
  return parser.bundle(spec.entry, {
    resolve: {
      external: true,
      http: false,
      file: { order: 1, canRead: true, read: (file: { url: string }) => file.url },
    },
    parse: {
      json: false,
      yaml: false,
      text: false,
      binary: false,
      memory: { order: 1, canParse: true, parse: (file: { url: string }) => fromMemory(file.url) },
    },
  });
}
