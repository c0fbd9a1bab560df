import type { Operation, Response } from '../openapi/types';
import { createSchemaValidator, type SchemaError, type SchemaValidator } from './create-schema-validator';
import { parseJsonText } from '../json/locate-json-error';
import { baseMediaType, findMediaType, isJsonMediaType } from '../http/media-type';
import type { SchemaRefs } from '../openapi/types';

export type ResponseCheck =
  | { kind: 'ok' }
  | { kind: 'undocumented-status' }
  | { kind: 'mismatch'; errors: SchemaError[] }
  | { kind: 'no-schema'; reason?: string };

/** The documented response for a status: exact code, then its `2XX` range, then `default`. */
export function findResponse(operation: Operation, status: number): Response | undefined {
  const code = String(status);
  const range = `${code[0]}XX`;
  return (
    operation.responses.find((r) => r.status === code) ??
    operation.responses.find((r) => r.status.toUpperCase() === range) ??
    operation.responses.find((r) => r.status === 'default')
  );
}

/**
 * Compares a live response with the documentation. JSON bodies are parsed and
 * validated (writeOnly properties are not expected back); `text/*` bodies are
 * validated as strings; other media types cannot be checked.
 * @param validator pass one from `createSchemaValidator(refs, { coerce: false, ignore: 'writeOnly' })` to reuse compiled schemas.
 */
export function checkResponse(
  operation: Operation,
  status: number,
  contentType: string,
  bodyText: string,
  resolve: SchemaRefs,
  validator?: SchemaValidator,
): ResponseCheck {
  const response = findResponse(operation, status);
  if (!response) return { kind: 'undocumented-status' };
  const empty = bodyText.trim() === '';
  if (response.content.length === 0) return empty ? { kind: 'ok' } : { kind: 'no-schema', reason: 'this response is documented without a body' };
  if (empty) {
    if (operation.method === 'head' || status === 204 || status === 304) return { kind: 'ok' };
    const expected = response.content.map((m) => m.mediaType).join(', ');
    return { kind: 'mismatch', errors: [{ pointer: '', message: `the body is empty, but ${expected} is documented` }] };
  }
  const media = contentType ? findMediaType(response.content, contentType) : response.content[0];
  if (!media) {
    const expected = response.content.map((m) => m.mediaType).join(', ');
    return { kind: 'mismatch', errors: [{ pointer: '', message: `content type ${baseMediaType(contentType)} is not documented (expected ${expected})` }] };
  }
  if (media.schema === undefined) return { kind: 'no-schema' };
  const type = contentType || media.mediaType;
  let data: unknown;
  if (isJsonMediaType(type)) {
    const parsed = parseJsonText(bodyText);
    if (!parsed.ok) {
      return { kind: 'mismatch', errors: [{ pointer: '', message: `the body is not valid JSON (line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message})` }] };
    }
    data = parsed.value;
  } else if (baseMediaType(type).startsWith('text/')) {
    data = bodyText;
  } else {
    return { kind: 'no-schema', reason: `${baseMediaType(type)} bodies cannot be checked` };
  }
  const validate = validator ?? createSchemaValidator(resolve, { coerce: false, ignore: 'writeOnly' });
  const errors = validate(media.schema, data);
  if (errors === undefined) return { kind: 'no-schema', reason: 'the documented schema could not be compiled' };
  return errors.length === 0 ? { kind: 'ok' } : { kind: 'mismatch', errors };
}
