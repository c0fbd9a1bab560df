import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadApi } from '../openapi';
import type { Operation } from '../openapi/types';
import { collectOperationSlice } from './collect-operation-slice';
import type { SchemaRefs } from '../openapi/types';
import { createRequestValidator, type RequestValidator } from './validate-request';

// The Bookshelf spec's `format` is a oneOf of three shapes with a `type` discriminator (and a mapping).
const SPEC = fileURLToPath(new URL('../../content/openapi/bookshelf.yaml', import.meta.url));
let createBook: Operation;
let refs: SchemaRefs;
let validate: RequestValidator;

const book = (format: unknown) => ({
  body: { mediaType: 'application/json', text: JSON.stringify({ title: 'Dune', authorId: 'au_001', genre: 'science-fiction', publishedYear: 1965, format }) },
});

beforeAll(async () => {
  const { model } = await loadApi(SPEC);
  const operation = model!.operations.find((op) => op.operationId === 'createBook')!;
  const slice = collectOperationSlice(model!, operation);
  createBook = slice.operation;
  refs = slice.refs;
  validate = createRequestValidator(refs);
});

describe('request validation on a discriminated oneOf', () => {
  it('accepts each documented shape', () => {
    expect(validate(createBook, book({ type: 'print', binding: 'paperback', pages: 200 }))).toEqual([]);
    expect(validate(createBook, book({ type: 'ebook', fileFormat: 'epub' }))).toEqual([]);
  });

  it('names the tag and its allowed values once when the tag is wrong', () => {
    expect(validate(createBook, book({ type: 'paperbook', binding: 'paperback' }))).toEqual([
      { field: 'body./format/type', message: 'must be one of: "print", "ebook", "audiobook"' },
    ]);
  });

  it("reports only the chosen shape's problems, one per field", () => {
    expect(validate(createBook, book({ type: 'print', binding: 'spiral' }))).toEqual([
      { field: 'body./format/pages', message: 'is required' },
      { field: 'body./format/binding', message: 'must be one of: "hardcover", "paperback"' },
    ]);
  });
});
