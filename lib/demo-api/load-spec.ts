import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { isObject } from '../openapi/pointer';
import type { SpecDocument } from './types';

/** The spec the demo API implements by default: the embedded portal's Bookshelf API. */
export const DEFAULT_SPEC_PATH = fileURLToPath(new URL('../../content/openapi/bookshelf.yaml', import.meta.url));

/** Reads an OpenAPI document (YAML or JSON; YAML is a superset) from disk. */
export async function loadSpec(specPath: string = DEFAULT_SPEC_PATH): Promise<SpecDocument> {
  const text = await readFile(specPath, 'utf8');
  const doc: unknown = parse(text);
  if (!isObject(doc) || !isObject(doc.paths)) {
    throw new Error(`${specPath} is not an OpenAPI document with "paths".`);
  }
  return doc;
}
