import type { Operation, Parameter, SecurityRequirement, SecurityScheme } from '../openapi/types';
import { applyAuth } from './apply-auth';
import {
  encodeCookieParameter,
  encodeHeaderParameter,
  encodePathParameter,
  encodeQueryParameter,
  normalizeValue,
  type NormalizedValue,
} from './encode-parameter';
import { resolveServerUrl } from './resolve-server-url';
import type { AuthValues, NameValue, ParameterValue, PreparedBody, PreparedRequest, ServerChoice, TryItValues } from './types';

// OpenAPI: header parameters with these names "SHALL be ignored"; auth and the body set them.
const IGNORED_HEADERS = new Set(['accept', 'content-type', 'authorization']);

/** Parameters described with `content` are sent as one serialized value (JSON text as typed). */
function contentValue(parameter: Parameter, value: ParameterValue | undefined): NormalizedValue | undefined {
  if (value === undefined || value === '') return undefined;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return parameter.content ? { shape: 'primitive', value: text } : normalizeValue(value);
}

function acceptHeader(operation: Operation): string | undefined {
  const types = new Set<string>();
  for (const response of operation.responses) {
    if (!/^2/.test(response.status)) continue;
    for (const media of response.content) if (!media.mediaType.includes('*')) types.add(media.mediaType);
  }
  return types.size > 0 ? [...types].join(', ') : undefined;
}

function prepareBody(operation: Operation, values: TryItValues): { body?: PreparedBody; contentType?: string } {
  const body = values.body;
  if (!operation.requestBody || !body) return {};
  if ('text' in body) {
    if (body.text === '' && !operation.requestBody.required) return {};
    const contentType = body.mediaType.includes('*') ? undefined : body.mediaType;
    return { body: { mediaType: body.mediaType, text: body.text }, contentType };
  }
  if ('file' in body) {
    if (!body.file) return {};
    // `image/*` documents a family: the chosen file says which member it is.
    const contentType = body.mediaType.includes('*') ? body.file.type || undefined : body.mediaType;
    return { body: { mediaType: body.mediaType, file: body.file }, contentType };
  }
  const fields = body.fields.filter((field) => ('file' in field ? true : field.value !== ''));
  if (fields.length === 0 && !operation.requestBody.required) return {};
  const multipart = body.mediaType.toLowerCase().startsWith('multipart/');
  return { body: { mediaType: body.mediaType, fields }, contentType: multipart ? undefined : body.mediaType };
}

/**
 * Turns an operation and the console's form state into the request that goes
 * on the wire. Empty optional values are left out; required ones are sent
 * empty (validateRequest reports them).
 * @param apiSecurity the API-level `security`, used when the operation does not override it.
 */
export function buildRequest(
  operation: Operation,
  values: TryItValues,
  auth: AuthValues,
  server: ServerChoice,
  securitySchemes: Record<string, SecurityScheme>,
  apiSecurity: SecurityRequirement[] = [],
): PreparedRequest {
  let path = operation.path;
  const headers: NameValue[] = [];
  const queryString: NameValue[] = [];
  const cookies: NameValue[] = [];

  for (const parameter of operation.parameters) {
    const value = contentValue(parameter, values[parameter.in]?.[parameter.name]);
    const options = {
      location: parameter.in,
      name: parameter.name,
      style: parameter.style,
      explode: parameter.explode,
      allowReserved: parameter.allowReserved,
    };
    if (parameter.in === 'path') {
      const encoded = encodePathParameter(value, options);
      path = path.split(`{${parameter.name}}`).join(encoded);
      continue;
    }
    if (value === undefined && !parameter.required) continue;
    const sent: NormalizedValue = value ?? { shape: 'primitive', value: '' };
    if (parameter.in === 'query') {
      queryString.push(...encodeQueryParameter(sent, options));
    } else if (parameter.in === 'header') {
      if (!IGNORED_HEADERS.has(parameter.name.toLowerCase())) {
        headers.push({ name: parameter.name, value: encodeHeaderParameter(sent, parameter.explode) });
      }
    } else {
      cookies.push(...encodeCookieParameter(sent, options));
    }
  }

  const security = operation.security ?? apiSecurity;
  const applied = applyAuth(security, securitySchemes, auth);
  queryString.push(...applied.query);
  cookies.push(...applied.cookies);

  const { body, contentType } = prepareBody(operation, values);
  const accept = acceptHeader(operation);
  if (accept) headers.unshift({ name: 'Accept', value: accept });
  if (contentType) headers.push({ name: 'Content-Type', value: contentType });
  headers.push(...applied.headers);

  const base = resolveServerUrl(server);
  const query = queryString.map((pair) => `${pair.name}=${pair.value}`).join('&');
  const url = `${base}${path.startsWith('/') ? '' : '/'}${path}${query ? `?${query}` : ''}`;
  return { method: operation.method.toUpperCase(), url, headers, queryString, cookies, ...(body ? { body } : {}) };
}

