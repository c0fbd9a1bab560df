import type { IncomingHttpHeaders } from 'node:http';
import type { SchemaChecker } from './create-schema-checker';
import { formatValidationErrors } from './format-validation-errors';
import { isObject } from '../openapi/pointer';
import { followRef } from './resolve-pointer';
import type { FieldError, ParameterIn, SpecDocument, SpecOperation, SpecParameter } from './types';

export interface RawParameters {
  path: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

export interface ValidatedParameters {
  path: Record<string, string>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  errors: FieldError[];
}

export interface RequestValidator {
  /** Validates path, query and header parameters against the operation's parameter schemas. */
  validateParameters(operation: SpecOperation, raw: RawParameters): ValidatedParameters;
  /** Validates a body against the operation's schema for `mediaType`; fills defaults except for PATCH. */
  validateBody(operation: SpecOperation, mediaType: string, value: unknown): FieldError[];
}

const LOCATIONS: ParameterIn[] = ['path', 'query', 'header'];

/** Validates requests with the parameter and body schemas of the spec itself. */
export function createRequestValidator(doc: SpecDocument, checker: SchemaChecker): RequestValidator {
  // Built once per operation and location: the checker caches compiled validators by schema identity.
  const objectSchemas = new Map<string, Record<string, unknown>>();

  function objectSchema(operation: SpecOperation, location: ParameterIn): Record<string, unknown> {
    const key = `${operation.pointer}|${location}`;
    let schema = objectSchemas.get(key);
    if (!schema) {
      const params = operation.parameters.filter((p) => p.in === location);
      schema = {
        type: 'object',
        properties: Object.fromEntries(params.map((p) => [location === 'header' ? p.name.toLowerCase() : p.name, p.schema ?? {}])),
        required: params.filter((p) => p.required).map((p) => (location === 'header' ? p.name.toLowerCase() : p.name)),
      };
      objectSchemas.set(key, schema);
    }
    return schema;
  }

  return {
    validateParameters(operation, raw) {
      const values: Record<ParameterIn, Record<string, unknown>> = {
        path: { ...raw.path },
        query: readQuery(doc, operation.parameters, raw.query),
        header: readHeaders(operation.parameters, raw.headers),
      };
      const errors = LOCATIONS.flatMap((location) =>
        formatValidationErrors(checker.check('params', objectSchema(operation, location), values[location]), location, checker.resolveComponent),
      );
      return { path: values.path as Record<string, string>, query: values.query, header: values.header, errors };
    },
    validateBody(operation, mediaType, value) {
      const schema = operation.requestBody?.mediaTypes[mediaType];
      const mode = operation.method === 'patch' ? 'patch' : 'body';
      return formatValidationErrors(checker.check(mode, schema, value), 'body', checker.resolveComponent);
    },
  };
}

function readQuery(doc: SpecDocument, params: SpecParameter[], query: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const param of params) {
    if (param.in !== 'query') continue;
    // An empty value (`?q=`) counts as absent, as consoles and forms often send them.
    const values = query.getAll(param.name).filter((v) => v !== '');
    if (values.length === 0) continue;
    if (isArraySchema(doc, param.schema)) {
      out[param.name] = param.explode ? values : values.flatMap((v) => v.split(param.style === 'pipeDelimited' ? '|' : param.style === 'spaceDelimited' ? ' ' : ','));
    } else {
      out[param.name] = values.length === 1 ? values[0] : values;
    }
  }
  return out;
}

function readHeaders(params: SpecParameter[], headers: IncomingHttpHeaders): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const param of params) {
    if (param.in !== 'header') continue;
    const value = headers[param.name.toLowerCase()];
    if (value !== undefined) out[param.name.toLowerCase()] = value;
  }
  return out;
}

function isArraySchema(doc: SpecDocument, schema: unknown): boolean {
  const { value } = followRef(doc, schema, '');
  if (!isObject(value)) return false;
  return value.type === 'array' || (Array.isArray(value.type) && value.type.includes('array'));
}
