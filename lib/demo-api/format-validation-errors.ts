import type { ErrorObject } from 'ajv/dist/2020.js';
import { isObject } from '../openapi/pointer';
import type { FieldError } from './types';

/** Looks up a prepared component schema by the `$ref` Ajv saw (see `SchemaChecker.resolveComponent`). */
export type ComponentLookup = (ref: string) => Record<string, unknown> | undefined;

/**
 * Turns Ajv errors into `FieldError`s a reader can act on: the field as a dotted path,
 * the rule that failed, and a message that names the allowed values where there are some.
 */
export function formatValidationErrors(errors: ErrorObject[], location: FieldError['in'], lookup?: ComponentLookup): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  // A failed oneOf/anyOf is explained better by the errors of its branches, when there are any.
  const hasDetail = errors.some((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
  for (const error of errors) {
    if (hasDetail && (error.keyword === 'oneOf' || error.keyword === 'anyOf')) continue;
    const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    const { field, message } = describe(error, segments, lookup);
    const key = `${field}|${error.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ in: location, field, code: error.keyword, message });
  }
  return out;
}

function describe(error: ErrorObject, segments: string[], lookup?: ComponentLookup): { field: string; message: string } {
  const params = error.params as Record<string, unknown>;
  const at = (extra?: string) => [...segments, ...(extra === undefined ? [] : [extra])].join('.');
  switch (error.keyword) {
    case 'required':
      return { field: at(String(params.missingProperty)), message: 'is required' };
    case 'additionalProperties':
      return { field: at(String(params.additionalProperty)), message: 'is not a known field' };
    case 'unevaluatedProperties':
      return { field: at(String(params.unevaluatedProperty)), message: 'is not a known field' };
    case 'enum':
      return { field: at(), message: `must be one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}` };
    case 'const':
      return { field: at(), message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'type':
      return { field: at(), message: `must be ${String(params.type).split(',').join(' or ')}` };
    case 'format':
      return { field: at(), message: `must be a valid ${String(params.format)}` };
    case 'minProperties':
      return { field: at(), message: params.limit === 1 ? 'must contain at least one field' : error.message ?? 'has too few fields' };
    case 'discriminator': {
      const tag = String(params.tag);
      if (params.error === 'tag') return { field: at(tag), message: 'is required and must be a string' };
      const allowed = discriminatorValues(error.parentSchema, tag, lookup);
      return { field: at(tag), message: allowed.length > 0 ? `must be one of: ${allowed.join(', ')}` : 'has an unknown value' };
    }
    default:
      return { field: at(), message: error.message ?? 'is invalid' };
  }
}

function discriminatorValues(parentSchema: unknown, tag: string, lookup?: ComponentLookup): string[] {
  if (!isObject(parentSchema) || !Array.isArray(parentSchema.oneOf)) return [];
  return parentSchema.oneOf.flatMap((branch: unknown) => {
    const schema = isObject(branch) && typeof branch.$ref === 'string' ? lookup?.(branch.$ref) : branch;
    const property = isObject(schema) && isObject(schema.properties) ? schema.properties[tag] : undefined;
    if (!isObject(property)) return [];
    if (typeof property.const === 'string') return [property.const];
    return Array.isArray(property.enum) ? property.enum.map(String) : [];
  });
}

/** One sentence for the problem's `detail`, naming the first few fields. */
export function describeFieldErrors(errors: FieldError[]): string {
  const parts = errors.slice(0, 3).map((e) => {
    const where = e.in === 'body' ? (e.field === '' ? 'the body' : `body field "${e.field}"`) : `${e.in} parameter "${e.field}"`;
    return `${where} ${e.message}`;
  });
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
  return `${capitalize(parts.join('; '))}${more}.`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
