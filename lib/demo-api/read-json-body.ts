import type { IncomingMessage } from 'node:http';
import { ApiProblem } from './api-problem';

/** Largest JSON body accepted; the spec's bodies are far smaller. */
export const MAX_JSON_BYTES = 1024 * 1024;

export type JsonBody = { kind: 'empty' } | { kind: 'json'; value: unknown };

/** Reads a whole request body; throws 413 (naming `what`) when it is larger than `limit` bytes. */
export async function readRawBody(req: IncomingMessage, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Keep reading (and dropping) the rest, so the client sees the 413 instead of a reset connection.
    if (size > limit) tooLarge = true;
    else chunks.push(chunk as Buffer);
  }
  if (tooLarge) throw new ApiProblem(413, 'payload-too-large', `The ${what} is larger than ${limit} bytes.`);
  return Buffer.concat(chunks);
}

/** Reads and parses a JSON request body; throws 413 when too large and 400 when it is not JSON. */
export async function readJsonBody(req: IncomingMessage, limit: number = MAX_JSON_BYTES): Promise<JsonBody> {
  const text = (await readRawBody(req, limit, 'JSON body')).toString('utf8');
  if (text.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch (error) {
    throw new ApiProblem(400, 'invalid-json', `The body is not valid JSON: ${(error as Error).message}.`, [
      { in: 'body', field: '', code: 'json', message: 'must be valid JSON' },
    ]);
  }
}

/** `application/json`, `application/problem+json`, ... */
export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || /^application\/[\w.-]+\+json$/.test(mediaType);
}

/** The media type of a `Content-Type` header, lowercased, without parameters. */
export function readMediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}
