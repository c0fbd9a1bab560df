import { createSchemaChecker } from './create-schema-checker';
import { formatValidationErrors } from './format-validation-errors';
import { listSpecOperations } from './list-spec-operations';
import { isObject } from '../openapi/pointer';
import { isJsonMediaType, readMediaType } from './read-json-body';
import { followRef, readPointer } from './resolve-pointer';
import type { SpecDocument } from './types';

export interface ObservedResponse {
  status: number;
  contentType: string | null;
  body: string;
}

/**
 * Checks an actual response against what the spec documents for the operation:
 * the status is documented, the media type is one listed, and a JSON body matches its schema.
 * Returns readable problems; an empty list means the response conforms.
 */
export function createResponseValidator(doc: SpecDocument): (operationId: string, response: ObservedResponse) => string[] {
  const checker = createSchemaChecker(doc);
  const operations = new Map(listSpecOperations(doc).map((op) => [op.operationId, op]));

  return (operationId, response) => {
    const operation = operations.get(operationId);
    if (!operation) return [`${operationId} is not an operation of the spec`];
    const responses = readPointer(doc, `${operation.pointer}/responses`);
    const status = String(response.status);
    const key = isObject(responses) ? [status, `${status[0]}XX`, 'default'].find((k) => k in responses) : undefined;
    if (!isObject(responses) || key === undefined) return [`${operationId} does not document status ${status}`];
    const documented = followRef(doc, responses[key], '').value;
    const content = isObject(documented) && isObject(documented.content) ? documented.content : {};
    const mediaTypes = Object.keys(content);
    if (mediaTypes.length === 0) return response.body === '' ? [] : [`${operationId} ${status} documents no body, but one was sent`];
    const mediaType = readMediaType(response.contentType ?? '');
    if (!mediaTypes.includes(mediaType)) return [`${operationId} ${status}: content type "${mediaType}" is not one of ${mediaTypes.join(', ')}`];
    if (!isJsonMediaType(mediaType)) return [];
    let value: unknown;
    try {
      value = JSON.parse(response.body);
    } catch {
      return [`${operationId} ${status}: the body is not JSON`];
    }
    const media = content[mediaType];
    const errors = checker.check('response', isObject(media) ? media.schema : undefined, value);
    return formatValidationErrors(errors, 'body', checker.resolveComponent).map((e) => `${operationId} ${status}: ${e.field || '(body)'} ${e.message}`);
  };
}
