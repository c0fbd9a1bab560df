import { derefShallow } from '../openapi/resolve';
import type { ApiModel, JsonSchema, MediaType, Operation, Parameter, SecurityScheme } from '../openapi/types';
import { exampleFor, sampleFromSchema } from '../samples/sample-from-schema';
import { isBinaryBody } from '../request/binary-body';
import { buildRequest } from '../request/build-request';
import type { AuthValues, FileRef, FormField, ParameterValue, PreparedRequest, TryItValues } from '../request/types';
import { mergeAllOf } from './merge-all-of';
import { isObject } from '../openapi/pointer';

type Refs = Pick<ApiModel, 'schemas' | 'refTargets'>;
type Obj = Record<string, unknown>;

/** Relative server URLs (`/v2`) give snippets that cannot run; show them against a placeholder host. */
export const PLACEHOLDER_ORIGIN = 'https://api.example.com';

function toParameterValue(value: unknown): ParameterValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]));
  return undefined;
}

function parameterExample(parameter: Parameter, model: Refs, document?: Obj): unknown {
  const written = parameter.examples.find((example) => example.value !== undefined);
  if (written) return written.value;
  const schema = parameter.schema ?? parameter.content?.[0]?.schema;
  if (schema === undefined) return parameter.in === 'path' ? parameter.name : undefined;
  const sampled = sampleFromSchema(schema, model, { kind: 'request', document, name: parameter.name });
  // A path segment reads best as one word: `/repos/owner/repo` rather than `/repos/string/string` or `/repos/Jane%20Doe/...`.
  const segmentSafe = typeof sampled !== 'string' || (sampled !== 'string' && /^[\w.~-]+$/.test(sampled));
  return parameter.in === 'path' && !segmentSafe ? parameter.name : sampled;
}

/** Properties of a form body's schema that carry files (`format: binary`, `contentMediaType`, `contentEncoding`). */
function fileProperties(schema: JsonSchema | undefined, model: Refs): Set<string> {
  const out = new Set<string>();
  if (schema === undefined) return out;
  const resolved = derefShallow(model, schema);
  if (!isObject(resolved.schema)) return out;
  const merged = mergeAllOf(model, resolved.schema, resolved.ctx).schema;
  if (!isObject(merged.properties)) return out;
  for (const [name, raw] of Object.entries(merged.properties)) {
    const prop = derefShallow(model, raw as JsonSchema).schema;
    const item = isObject(prop) && isObject(prop.items) ? derefShallow(model, prop.items as JsonSchema).schema : prop;
    for (const candidate of [prop, item]) {
      if (isObject(candidate) && (candidate.format === 'binary' || typeof candidate.contentMediaType === 'string' || candidate.contentEncoding === 'base64')) out.add(name);
    }
  }
  return out;
}

/** A stand-in file for a binary body's snippet; a wildcard type gets a concrete member so the snippet sends a Content-Type. */
function sampleFile(mediaType: string): FileRef {
  const base = mediaType.split(';')[0].trim().toLowerCase();
  const subtype = base.split('/')[1]?.split('+')[0];
  if (!base.includes('*')) return { name: `file.${subtype && subtype !== 'octet-stream' ? subtype : 'bin'}`, type: base, size: 0 };
  return base.startsWith('image/') ? { name: 'file.png', type: 'image/png', size: 0 } : { name: 'file.bin', type: 'application/octet-stream', size: 0 };
}

function bodyValue(media: MediaType, model: Refs, document?: Obj): TryItValues['body'] {
  if (isBinaryBody(media, model)) return { mediaType: media.mediaType, file: sampleFile(media.mediaType) };
  const value = exampleFor(media, model, 'request', document).value;
  const type = media.mediaType.toLowerCase();
  if (type.startsWith('multipart/') || type === 'application/x-www-form-urlencoded') {
    const files = fileProperties(media.schema, model);
    const fields: FormField[] = Object.entries(isObject(value) ? value : {}).flatMap(([name, v]): FormField[] => {
      if (files.has(name)) return [{ name, file: { name: `${name}.bin`, type: media.encoding?.[name]?.contentType?.split(',')[0].trim() ?? 'application/octet-stream', size: 0 } }];
      const values = Array.isArray(v) ? v : [v];
      return values.map((one) => ({ name, value: typeof one === 'object' ? JSON.stringify(one) : String(one ?? '') }));
    });
    return { mediaType: media.mediaType, fields };
  }
  if (value === undefined) return { mediaType: media.mediaType, text: '' };
  const text = typeof value === 'string' && !type.includes('json') ? value : JSON.stringify(value, null, 2);
  return { mediaType: media.mediaType, text };
}

/** Placeholder credentials for the first security requirement, so samples show where they go. */
export function placeholderAuth(operation: Operation, model: Pick<ApiModel, 'security' | 'securitySchemes'>): AuthValues {
  const requirement = (operation.security ?? model.security).find((req) => Object.keys(req).length > 0);
  const auth: AuthValues = {};
  for (const name of Object.keys(requirement ?? {})) {
    const scheme: SecurityScheme | undefined = model.securitySchemes[name];
    if (!scheme) continue;
    if (scheme.type === 'apiKey') auth[name] = { kind: 'apiKey', value: 'YOUR_API_KEY' };
    else if (scheme.type === 'http' && scheme.scheme.toLowerCase() === 'basic') auth[name] = { kind: 'basic', username: 'USERNAME', password: 'PASSWORD' };
    else auth[name] = { kind: 'token', token: 'YOUR_TOKEN' };
  }
  return auth;
}

/**
 * The request the code samples show: the first server with its default
 * variables, path parameters and required parameters filled with their
 * examples (else generated values), the first request media type with its
 * example, and placeholder credentials.
 * @param document a `buildRefDocument(model)` reused across an API's pages.
 */
export function buildSampleRequest(operation: Operation, model: ApiModel, document?: Obj): PreparedRequest {
  const values: TryItValues = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path' && !parameter.required) continue;
    const value = toParameterValue(parameterExample(parameter, model, document));
    if (value === undefined) continue;
    (values[parameter.in] ??= {})[parameter.name] = value;
  }
  const media = operation.requestBody?.content[0];
  if (media) values.body = bodyValue(media, model, document);
  const server = (operation.servers ?? model.servers)[0] ?? { url: '/', variables: {} };
  const variables = Object.fromEntries(Object.entries(server.variables).map(([name, variable]) => [name, variable.default]));
  return buildRequest(
    operation,
    values,
    placeholderAuth(operation, model),
    { kind: 'template', url: server.url, variables, origin: PLACEHOLDER_ORIGIN },
    model.securitySchemes,
    model.security,
  );
}
