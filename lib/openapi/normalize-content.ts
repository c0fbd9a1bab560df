import { derefObject, entriesOf, textOf, type DocumentContext } from './document-context';
import { isObject } from './pointer';
import type { Encoding, Example, Header, JsonSchema, Link, MediaType } from './types';

type Obj = Record<string, unknown>;

export function schemaOf(value: unknown): JsonSchema | undefined {
  return typeof value === 'boolean' || isObject(value) ? (value as JsonSchema) : undefined;
}

/** `example` becomes one example named "default"; `examples` entries are dereferenced. */
export function normalizeExamples(ctx: DocumentContext, holder: Obj): Example[] {
  const out: Example[] = [];
  for (const [name, raw] of entriesOf(holder.examples)) {
    const ex = derefObject(ctx, raw);
    if (!ex) continue;
    out.push(
      omitUndefined({
        name,
        summary: textOf(ctx, ex.summary),
        description: textOf(ctx, ex.description),
        value: ex.value,
        externalValue: typeof ex.externalValue === 'string' ? ex.externalValue : undefined,
      }),
    );
  }
  if (out.length === 0 && holder.example !== undefined) out.push({ name: 'default', value: holder.example });
  return out;
}

export function normalizeHeader(ctx: DocumentContext, name: string, raw: unknown): Header | undefined {
  const h = derefObject(ctx, raw);
  if (!h) return undefined;
  const firstContent = entriesOf(h.content).map(([, m]) => derefObject(ctx, m))[0];
  return omitUndefined({
    name,
    description: textOf(ctx, h.description),
    required: h.required === true,
    deprecated: h.deprecated === true,
    schema: schemaOf(h.schema) ?? schemaOf(firstContent?.schema),
    examples: normalizeExamples(ctx, h),
  });
}

export function normalizeHeaders(ctx: DocumentContext, value: unknown): Header[] {
  return entriesOf(value).flatMap(([name, raw]) => normalizeHeader(ctx, name, raw) ?? []);
}

function normalizeEncoding(ctx: DocumentContext, value: unknown): Record<string, Encoding> | undefined {
  const entries = entriesOf(value);
  if (entries.length === 0) return undefined;
  const out: Record<string, Encoding> = {};
  for (const [prop, raw] of entries) {
    const enc = derefObject(ctx, raw);
    if (!enc) continue;
    const headers = normalizeHeaders(ctx, enc.headers);
    out[prop] = omitUndefined({
      contentType: typeof enc.contentType === 'string' ? enc.contentType : undefined,
      style: typeof enc.style === 'string' ? enc.style : undefined,
      explode: typeof enc.explode === 'boolean' ? enc.explode : undefined,
      headers: headers.length > 0 ? headers : undefined,
    });
  }
  return out;
}

export function normalizeContent(ctx: DocumentContext, value: unknown): MediaType[] {
  const out: MediaType[] = [];
  for (const [mediaType, raw] of entriesOf(value)) {
    const media = derefObject(ctx, raw) ?? {};
    out.push(
      omitUndefined({
        mediaType,
        schema: schemaOf(media.schema),
        examples: normalizeExamples(ctx, media),
        encoding: normalizeEncoding(ctx, media.encoding),
      }),
    );
  }
  return out;
}

export function normalizeLinks(ctx: DocumentContext, value: unknown): Link[] {
  const out: Link[] = [];
  for (const [name, raw] of entriesOf(value)) {
    const link = derefObject(ctx, raw);
    if (!link) continue;
    out.push(
      omitUndefined({
        name,
        operationId: typeof link.operationId === 'string' ? link.operationId : undefined,
        operationRef: typeof link.operationRef === 'string' ? link.operationRef : undefined,
        parameters: isObject(link.parameters) ? link.parameters : undefined,
        requestBody: link.requestBody,
        description: textOf(ctx, link.description),
      }),
    );
  }
  return out;
}

/** Optional fields are left out rather than set to undefined, so models compare and serialize cleanly. */
export function omitUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}
