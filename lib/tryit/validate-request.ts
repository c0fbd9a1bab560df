import { readablePointer } from '../openapi/pointer';
import type { JsonSchema, Operation, Parameter } from '../openapi/types';
import { createSchemaValidator, type SchemaError, type SchemaValidator } from './create-schema-validator';
import { normalizeValue } from '../request/encode-parameter';
import { parseJsonText } from '../json/locate-json-error';
import { findMediaType, isFormMediaType, isJsonMediaType } from '../http/media-type';
import type { BodyValue, FormField, ParameterValue, TryItValues } from '../request/types';
import type { SchemaRefs } from '../openapi/types';
import type { ValidationIssue } from './types';

export type RequestValidator = (operation: Operation, values: TryItValues) => ValidationIssue[];

function paramIssues(field: string, errors: SchemaError[] | undefined): ValidationIssue[] {
  return (errors ?? []).map((error) => ({
    field,
    message: error.pointer ? `${readablePointer(error.pointer)} ${error.message}` : error.message,
  }));
}

function toInstance(value: ParameterValue): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== '');
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== ''));
  return value;
}

function fieldsToObject(fields: FormField[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = 'file' in field ? field.file.name : field.value;
    if ('value' in field && field.value === '') continue;
    const existing = out[field.name];
    if (existing === undefined) out[field.name] = value;
    else out[field.name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

function isEmptyBody(body: BodyValue | undefined): boolean {
  if (!body) return true;
  if ('file' in body) return body.file === null;
  return 'text' in body ? body.text.trim() === '' : body.fields.every((f) => 'value' in f && f.value === '');
}

interface Validators {
  coercing: SchemaValidator;
  strict: SchemaValidator;
}

function checkParameter(parameter: Parameter, raw: ParameterValue | undefined, v: Validators): ValidationIssue[] {
  const field = `${parameter.in}.${parameter.name}`;
  const required = parameter.required || parameter.in === 'path';
  if (normalizeValue(raw) === undefined || raw === undefined) return required ? [{ field, message: 'is required' }] : [];
  const media = parameter.content?.[0];
  if (media) {
    if (!isJsonMediaType(media.mediaType) || typeof raw !== 'string') return [];
    const parsed = parseJsonText(raw);
    if (!parsed.ok) return [{ field, message: `is not valid JSON: ${parsed.error.message}`, line: parsed.error.line, column: parsed.error.column }];
    return media.schema === undefined ? [] : paramIssues(field, v.strict(media.schema, parsed.value));
  }
  if (parameter.schema === undefined) return [];
  return paramIssues(field, v.coercing(parameter.schema, toInstance(raw)));
}

function checkBody(operation: Operation, body: BodyValue | undefined, v: Validators): ValidationIssue[] {
  const requestBody = operation.requestBody;
  if (!requestBody) return [];
  if (isEmptyBody(body) || !body) return requestBody.required ? [{ field: 'body', message: 'is required' }] : [];
  const media = findMediaType(requestBody.content, body.mediaType) ?? requestBody.content[0];
  const schema: JsonSchema | undefined = media?.schema;
  const toIssues = (errors: SchemaError[] | undefined) =>
    (errors ?? []).map((error) => ({ field: error.pointer ? `body.${error.pointer}` : 'body', message: error.message }));
  if ('text' in body) {
    if (!isJsonMediaType(body.mediaType)) return [];
    const parsed = parseJsonText(body.text);
    if (!parsed.ok) {
      const { line, column, message } = parsed.error;
      return [{ field: 'body', message: `invalid JSON at line ${line}, column ${column}: ${message}`, line, column }];
    }
    return schema === undefined ? [] : toIssues(v.strict(schema, parsed.value));
  }
  if ('file' in body || !isFormMediaType(body.mediaType) || schema === undefined) return [];
  return toIssues(v.coercing(schema, fieldsToObject(body.fields)));
}

/**
 * A validator bound to one model (or the slice of it a console received);
 * compiled schemas are reused across calls, so create it once per console.
 */
export function createRequestValidator(refs: SchemaRefs): RequestValidator {
  const validators: Validators = {
    coercing: createSchemaValidator(refs, { coerce: true, ignore: 'readOnly' }),
    strict: createSchemaValidator(refs, { coerce: false, ignore: 'readOnly' }),
  };
  return (operation, values) => [
    ...operation.parameters.flatMap((parameter) => checkParameter(parameter, values[parameter.in]?.[parameter.name], validators)),
    ...checkBody(operation, values.body, validators),
  ];
}

/**
 * Checks the console's values before sending: missing required parameters and
 * body, wrong types, enum and pattern mismatches, JSON syntax errors (with line
 * and column). Fields are named `query.limit`, `path.id`, `body`, `body./title`.
 */
export function validateRequest(operation: Operation, values: TryItValues, resolve: SchemaRefs): ValidationIssue[] {
  return createRequestValidator(resolve)(operation, values);
}
