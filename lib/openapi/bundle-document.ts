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
