import { exampleFor } from '../samples/sample-from-schema';
import type { Example, JsonSchema, MediaType, Operation, Parameter, SchemaRefs } from '../openapi/types';
import { describeField, formatPlain, type FieldSpec } from './describe-field';
import { isFormMediaType, isJsonMediaType } from '../http/media-type';
import { flattenSchema } from '../openapi/flatten-schema';
import { isBinaryBody } from '../request/binary-body';

/** What one input holds while the user edits: text, repeated text, or a checkbox. */
export type FieldDraft = string | string[] | boolean;

export interface BodyExample {
  name: string;
  label: string;
  text: string;
}

export interface BodySpec {
  mediaType: string;
  /** `file`: a binary body sent as the chosen file's bytes. */
  editor: 'json' | 'form' | 'text' | 'file';
  /** For `json` and `text`: the examples to start from (the first is prefilled). */
  examples: BodyExample[];
  /** For `form`: one input per property. */
  fields: FieldSpec[];
  /** For `form`: the prefilled values by property name. */
  initialFields: Record<string, FieldDraft>;
}

/** The console's view model, computed at build time so the browser needs neither a sampler nor a schema walker. */
export interface ConsoleModel {
  parameters: FieldSpec[];
  /** Prefilled values keyed like validation fields: `query.limit`, `path.bookId`. */
  initialParameters: Record<string, FieldDraft>;
  bodies: BodySpec[];
}

export function fieldKey(location: string, name: string): string {
  return `${location}.${name}`;
}

function firstExample(examples: Example[]): unknown {
  return examples.find((e) => e.value !== undefined)?.value;
}

/** A draft for an input from a value in the spec (example or default). */
export function toDraft(spec: FieldSpec, value: unknown): FieldDraft | undefined {
  if (value === undefined || value === null) return undefined;
  if (spec.kind === 'array') return (Array.isArray(value) ? value : [value]).map(formatPlain);
  if (spec.kind === 'boolean') return spec.required ? value === true || value === 'true' : String(value);
  if (spec.kind === 'object' && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}=${formatPlain(v)}`).join('\n');
  }
  if (spec.kind === 'json') return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return formatPlain(value);
}

function describeParameter(parameter: Parameter, refs: SchemaRefs): FieldSpec {
  const media = parameter.content?.[0];
  const spec = describeField(
    {
      name: parameter.name,
      location: parameter.in,
      required: parameter.required || parameter.in === 'path',
      schema: media ? media.schema : parameter.schema,
      description: parameter.description,
      deprecated: parameter.deprecated,
      example: firstExample(parameter.examples),
    },
    refs,
  );
  return media ? { ...spec, kind: 'json', options: undefined, item: undefined } : spec;
}

/**
 * Required parameters start filled (example, else default) so Send works at
 * once; optional ones start empty with the example or default as placeholder,
 * so the first request is the plain one.
 */
function initialParameter(parameter: Parameter, spec: FieldSpec, refs: SchemaRefs): FieldDraft | undefined {
  if (!spec.required) return undefined;
  const schema = flattenSchema(parameter.content?.[0]?.schema ?? parameter.schema, refs);
  const schemaExample = Array.isArray(schema.examples) ? schema.examples[0] : schema.example;
  return toDraft(spec, firstExample(parameter.examples) ?? schema.default ?? schemaExample);
}

function describeBody(media: MediaType, refs: SchemaRefs, document: Record<string, unknown>): BodySpec {
  if (isBinaryBody(media, refs)) return { mediaType: media.mediaType, editor: 'file', examples: [], fields: [], initialFields: {} };
  const editor = isFormMediaType(media.mediaType) ? 'form' : isJsonMediaType(media.mediaType) ? 'json' : 'text';
  const asText = (value: unknown) => (typeof value === 'string' && editor !== 'json' ? value : JSON.stringify(value, null, 2));
  const examples: BodyExample[] = media.examples
    .filter((e) => e.value !== undefined)
    .map((e) => ({ name: e.name, label: e.summary ?? e.name, text: asText(e.value) }));
  const generated = examples.length === 0 ? exampleFor(media, refs, 'request', document) : undefined;
  if (generated && generated.value !== undefined) examples.push({ name: 'generated', label: 'From the schema', text: asText(generated.value) });
  if (editor !== 'form') return { mediaType: media.mediaType, editor, examples, fields: [], initialFields: {} };

  const schema = flattenSchema(media.schema, refs);
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const fields = Object.entries(properties).map(([name, property]) =>
    describeField({ name, location: 'body', required: required.has(name), schema: property }, refs),
  );
  for (const field of fields) {
    const encoding = media.encoding?.[field.name]?.contentType;
    if (field.kind === 'file' && encoding) field.accept = encoding;
  }
  const sample = firstExample(media.examples) ?? generated?.value ?? exampleFor(media, refs, 'request', document).value;
  const initialFields: Record<string, FieldDraft> = {};
  if (typeof sample === 'object' && sample !== null) {
    for (const field of fields) {
      if (field.kind === 'file') continue;
      const draft = toDraft(field, (sample as Record<string, unknown>)[field.name]);
      if (draft !== undefined) initialFields[field.name] = draft;
    }
  }
  return { mediaType: media.mediaType, editor, examples: [], fields, initialFields };
}

/**
 * Builds the inputs, prefilled values and body editors for one operation.
 * @param document `buildRefDocument(refs)`, for openapi-sampler.
 */
export function buildConsoleModel(operation: Operation, refs: SchemaRefs, document: Record<string, unknown>): ConsoleModel {
  const parameters: FieldSpec[] = [];
  const initialParameters: Record<string, FieldDraft> = {};
  for (const parameter of operation.parameters) {
    const spec = describeParameter(parameter, refs);
    parameters.push(spec);
    const draft = initialParameter(parameter, spec, refs);
    if (draft !== undefined) initialParameters[fieldKey(parameter.in, parameter.name)] = draft;
  }
  const bodies = (operation.requestBody?.content ?? []).map((media) => describeBody(media, refs, document));
  return { parameters, initialParameters, bodies };
}
