import type { Header, MediaType, Operation, Response, SchemaRefs } from '../openapi/types';
import { sampleFromSchema } from '../samples/sample-from-schema';
import { baseMediaType, isBinaryMediaType, isJsonMediaType } from '../http/media-type';
import type { NameValue } from '../request/types';

/** A documented response, turned into values: the mock's answer before it is encoded. */
export interface MockAnswer {
  status: number;
  /** The media type answered with, `''` when the response has no body. */
  contentType: string;
  /** Parsed value for JSON and text; bytes for images. */
  value: unknown;
  headers: NameValue[];
}

// A 1x1 transparent PNG: an image response the console can show, where the spec has no example.
const PNG_PIXEL = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));

/** The concrete status for a documented one: `201` stays, `4XX` is 400, `default` is 500 beside successes and 200 alone. */
export function statusCode(documented: string, operation: Operation): number {
  if (/^\d{3}$/.test(documented)) return Number(documented);
  if (/^[1-5]XX$/i.test(documented)) return Number(documented[0]) * 100;
  return operation.responses.some((r) => /^2/.test(r.status)) ? 500 : 200;
}

/** The response a successful call gets: the lowest documented 2xx, else `2XX`, else `default`. */
export function successResponse(operation: Operation): Response | undefined {
  const codes = operation.responses.filter((r) => /^2\d\d$/.test(r.status)).sort((a, b) => a.status.localeCompare(b.status));
  return codes[0] ?? operation.responses.find((r) => r.status.toUpperCase() === '2XX') ?? operation.responses.find((r) => r.status === 'default');
}

/** JSON first (what the console shows best), else the first documented media type. */
function pickMedia(content: MediaType[]): MediaType | undefined {
  return content.find((m) => isJsonMediaType(m.mediaType)) ?? content[0];
}

function exampleValue(examples: { value?: unknown }[]): unknown {
  return examples.find((example) => example.value !== undefined)?.value;
}

function bodyValue(media: MediaType, refs: SchemaRefs, document: Record<string, unknown>): unknown {
  const written = exampleValue(media.examples);
  if (written !== undefined) return written;
  const base = baseMediaType(media.mediaType);
  if (isBinaryMediaType(base)) return base === 'image/png' || base === 'image/*' ? PNG_PIXEL : `Mock ${base} content`;
  return media.schema === undefined ? undefined : sampleFromSchema(media.schema, refs, { kind: 'response', document });
}

function headerValue(header: Header, refs: SchemaRefs, document: Record<string, unknown>): string | undefined {
  const schema = typeof header.schema === 'object' ? header.schema : undefined;
  const schemaExample = Array.isArray(schema?.examples) ? schema.examples[0] : schema?.example;
  const value = exampleValue(header.examples) ?? schemaExample ?? schema?.default ?? (header.schema === undefined ? undefined : sampleFromSchema(header.schema, refs, { kind: 'response', document }));
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

// Set from the body itself; a documented example of these would contradict it.
const COMPUTED_HEADERS = new Set(['content-type', 'content-length']);

/**
 * A documented response as an answer: its example (the first named one), else a sample from
 * its schema, with its documented headers (their examples, else samples) and content type.
 */
export function documentedAnswer(operation: Operation, response: Response, refs: SchemaRefs, document: Record<string, unknown>): MockAnswer {
  const media = pickMedia(response.content);
  const value = media ? bodyValue(media, refs, document) : undefined;
  const family = value instanceof Uint8Array ? 'image/png' : 'application/octet-stream';
  const contentType = !media ? '' : media.mediaType.includes('*') ? family : media.mediaType;
  const headers: NameValue[] = [];
  for (const header of response.headers) {
    if (COMPUTED_HEADERS.has(header.name.toLowerCase())) continue;
    const text = headerValue(header, refs, document);
    if (text !== undefined) headers.push({ name: header.name, value: text });
  }
  return { status: statusCode(response.status, operation), contentType: value === undefined ? '' : contentType, value, headers };
}
