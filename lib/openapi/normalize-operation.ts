import { derefNode, derefObject, entriesOf, textOf, type DocumentContext } from './document-context';
import { normalizeContent, normalizeHeaders, normalizeLinks, omitUndefined } from './normalize-content';
import { mergeParameters } from './normalize-parameters';
import { normalizeSecurity, normalizeServers } from './normalize-security';
import { toPointer } from './pointer';
import { HTTP_METHODS, type Callback, type CodeSample, type HttpMethod, type Operation, type RequestBody, type Response } from './types';

type Obj = Record<string, unknown>;

export interface OperationSite {
  kind: Operation['kind'];
  method: HttpMethod;
  /** Path template, webhook name, or callback expression. */
  path: string;
  operation: Obj;
  pathItem: Obj;
  /** Tokens of the operation in the document, e.g. `['paths', '/pets', 'get']`. */
  tokens: readonly string[];
}

const isMethod = (key: string): key is HttpMethod => (HTTP_METHODS as readonly string[]).includes(key);

/** Operations of a path item in document order (a `$ref`'d path item is followed). */
export function operationsOf(ctx: DocumentContext, kind: Operation['kind'], path: string, rawItem: unknown, tokens: readonly string[]): OperationSite[] {
  const pathItem = derefObject(ctx, rawItem);
  if (!pathItem) return [];
  const out: OperationSite[] = [];
  for (const [key, raw] of Object.entries(pathItem)) {
    if (!isMethod(key)) continue;
    const operation = derefObject(ctx, raw);
    if (operation) out.push({ kind, method: key, path, operation, pathItem, tokens: [...tokens, key] });
  }
  return out;
}

function normalizeRequestBody(ctx: DocumentContext, raw: unknown): RequestBody | undefined {
  const body = derefObject(ctx, raw);
  if (!body) return undefined;
  return omitUndefined({ description: textOf(ctx, body.description), required: body.required === true, content: normalizeContent(ctx, body.content) });
}

function normalizeResponses(ctx: DocumentContext, value: unknown): Response[] {
  const out: Response[] = [];
  for (const [status, raw] of entriesOf(value)) {
    if (status.startsWith('x-')) continue;
    const r = derefObject(ctx, raw);
    if (!r) continue;
    out.push({
      status,
      description: textOf(ctx, r.description) ?? '',
      headers: normalizeHeaders(ctx, r.headers),
      content: normalizeContent(ctx, r.content),
      links: normalizeLinks(ctx, r.links),
    });
  }
  return out;
}

function normalizeCodeSamples(ctx: DocumentContext, op: Obj): CodeSample[] {
  const list = derefNode(ctx, op['x-codeSamples'] ?? op['x-code-samples']);
  if (!Array.isArray(list)) return [];
  const out: CodeSample[] = [];
  for (const raw of list) {
    const sample = derefObject(ctx, raw);
    const source = sample ? textOf(ctx, sample.source) : undefined;
    if (!sample || source === undefined) continue;
    out.push(omitUndefined({ lang: textOf(ctx, sample.lang) ?? 'text', label: textOf(ctx, sample.label), source }));
  }
  return out;
}

function normalizeCallbacks(ctx: DocumentContext, value: unknown, tokens: readonly string[]): Callback[] {
  const out: Callback[] = [];
  for (const [name, raw] of entriesOf(value)) {
    const callback = derefObject(ctx, raw);
    for (const [expression, item] of entriesOf(callback)) {
      if (expression.startsWith('x-')) continue;
      const sites = operationsOf(ctx, 'callback', expression, item, [...tokens, name, expression]);
      out.push({ name, expression, operations: sites.map((site) => normalizeOperation(ctx, site)) });
    }
  }
  return out;
}

/** A summary is a page title and a sidebar label: one short line. */
export function isTitleLike(text: string): boolean {
  // YAML's folded `>` leaves a trailing newline on a one-line summary.
  const title = text.trim();
  return !title.includes('\n') && title.length <= 160;
}

/**
 * Some specs put paragraphs in `summary` and the one-liner in `description` (GitHub's
 * webhooks): swap them back, or keep a long summary as text when there is no one-liner.
 */
export function splitTitle(summary: string | undefined, description: string | undefined): { summary?: string; description?: string } {
  if (summary === undefined || isTitleLike(summary)) return { summary, description };
  if (description !== undefined && isTitleLike(description)) return { summary: description, description: summary };
  return { summary: undefined, description: description === undefined ? summary : `${summary}\n\n${description}` };
}

/** One operation; `slug` is left empty here and assigned for the whole API at once. */
export function normalizeOperation(ctx: DocumentContext, site: OperationSite): Operation {
  const { operation: op, pathItem } = site;
  const tags = Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [];
  const requestBody = normalizeRequestBody(ctx, op.requestBody);
  const { summary, description } = splitTitle(
    textOf(ctx, op.summary) ?? textOf(ctx, pathItem.summary),
    textOf(ctx, op.description) ?? textOf(ctx, pathItem.description),
  );
  return omitUndefined({
    kind: site.kind,
    slug: '',
    method: site.method,
    path: site.path,
    operationId: typeof op.operationId === 'string' && op.operationId !== '' ? op.operationId : undefined,
    summary,
    description,
    deprecated: op.deprecated === true,
    tags,
    parameters: mergeParameters(ctx, pathItem.parameters, op.parameters),
    requestBody,
    responses: normalizeResponses(ctx, op.responses),
    callbacks: normalizeCallbacks(ctx, op.callbacks, [...site.tokens, 'callbacks']),
    security: normalizeSecurity(op.security),
    servers: normalizeServers(ctx, op.servers) ?? normalizeServers(ctx, pathItem.servers),
    codeSamples: normalizeCodeSamples(ctx, op),
    pointer: toPointer(site.tokens),
  });
}
