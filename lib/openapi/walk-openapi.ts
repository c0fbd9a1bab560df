import { isObject } from './pointer';
import { schemaChildren } from './schema-children';
import { HTTP_METHODS, type HttpMethod, type JsonSchema } from './types';

type Obj = Record<string, unknown>;
type Tokens = readonly string[];

/** Callbacks for the places of an OpenAPI 3.x document; each gets the object and its path. */
export interface OpenApiVisitor {
  schema?(schema: Obj, tokens: Tokens): void;
  pathItem?(item: Obj, tokens: Tokens): void;
  operation?(operation: Obj, tokens: Tokens, method: HttpMethod): void;
  parameter?(parameter: Obj, tokens: Tokens): void;
  response?(response: Obj, tokens: Tokens): void;
}

const isMethod = (key: string): key is HttpMethod => (HTTP_METHODS as readonly string[]).includes(key);

/**
 * Walks an OpenAPI 3.x document as a tree, without following `$ref`s: after
 * bundling every ref target sits somewhere in the tree, so each place is visited
 * exactly once and cycles cannot occur. Objects that are `$ref`s are skipped.
 */
export function walkOpenApi(doc: Obj, visitor: OpenApiVisitor): void {
  const entries = (value: unknown): [string, unknown][] => (isObject(value) ? Object.entries(value) : []);
  const live = (value: unknown): value is Obj => isObject(value) && typeof value.$ref !== 'string';

  function schema(value: unknown, tokens: Tokens): void {
    if (!isObject(value)) return;
    visitor.schema?.(value, tokens);
    for (const child of schemaChildren(value as JsonSchema)) schema(child.schema, [...tokens, ...child.tokens]);
  }
  function content(value: unknown, tokens: Tokens): void {
    for (const [type, media] of entries(value)) {
      if (!live(media)) continue;
      schema(media.schema, [...tokens, type, 'schema']);
      for (const [name, enc] of entries(media.encoding)) if (live(enc)) headers(enc.headers, [...tokens, type, 'encoding', name, 'headers']);
    }
  }
  function header(value: unknown, tokens: Tokens): void {
    if (!live(value)) return;
    schema(value.schema, [...tokens, 'schema']);
    content(value.content, [...tokens, 'content']);
  }
  function headers(value: unknown, tokens: Tokens): void {
    for (const [name, h] of entries(value)) header(h, [...tokens, name]);
  }
  function parameter(value: unknown, tokens: Tokens): void {
    if (!live(value)) return;
    visitor.parameter?.(value, tokens);
    header(value, tokens);
  }
  function parameters(value: unknown, tokens: Tokens): void {
    if (Array.isArray(value)) value.forEach((p, i) => parameter(p, [...tokens, String(i)]));
  }
  function response(value: unknown, tokens: Tokens): void {
    if (!live(value)) return;
    visitor.response?.(value, tokens);
    headers(value.headers, [...tokens, 'headers']);
    content(value.content, [...tokens, 'content']);
  }
  function requestBody(value: unknown, tokens: Tokens): void {
    if (live(value)) content(value.content, [...tokens, 'content']);
  }
  function callbacks(value: unknown, tokens: Tokens): void {
    for (const [name, cb] of entries(value)) {
      if (!live(cb)) continue;
      for (const [expression, item] of entries(cb)) pathItem(item, [...tokens, name, expression]);
    }
  }
  function operation(value: Obj, tokens: Tokens, method: HttpMethod): void {
    visitor.operation?.(value, tokens, method);
    parameters(value.parameters, [...tokens, 'parameters']);
    requestBody(value.requestBody, [...tokens, 'requestBody']);
    for (const [status, r] of entries(value.responses)) response(r, [...tokens, 'responses', status]);
    callbacks(value.callbacks, [...tokens, 'callbacks']);
  }
  function pathItem(value: unknown, tokens: Tokens): void {
    if (!live(value)) return;
    visitor.pathItem?.(value, tokens);
    parameters(value.parameters, [...tokens, 'parameters']);
    for (const [key, op] of Object.entries(value)) if (isMethod(key) && live(op)) operation(op, [...tokens, key], key);
  }

  for (const [p, item] of entries(doc.paths)) pathItem(item, ['paths', p]);
  for (const [name, item] of entries(doc.webhooks)) pathItem(item, ['webhooks', name]);
  const components = isObject(doc.components) ? doc.components : {};
  for (const [name, s] of entries(components.schemas)) schema(s, ['components', 'schemas', name]);
  for (const [name, p] of entries(components.parameters)) parameter(p, ['components', 'parameters', name]);
  for (const [name, r] of entries(components.responses)) response(r, ['components', 'responses', name]);
  for (const [name, b] of entries(components.requestBodies)) requestBody(b, ['components', 'requestBodies', name]);
  headers(components.headers, ['components', 'headers']);
  callbacks(components.callbacks, ['components', 'callbacks']);
  for (const [name, item] of entries(components.pathItems)) pathItem(item, ['components', 'pathItems', name]);
}
