import type { ObservedResponse } from './create-response-validator';

export interface CheckedResponse {
  status: number;
  headers: Headers;
  text: string;
  bytes: Buffer;
  /** Parsed JSON body, or undefined for other bodies. */
  json: unknown;
  /** Where the response departs from the spec's documented responses (empty when it conforms). */
  conformance: string[];
}

export type CheckedCall = (operationId: string, method: string, path: string, init?: RequestInit) => Promise<CheckedResponse>;

/**
 * A fetch wrapper for tests and smoke checks: every response is checked (with
 * `createResponseValidator`) against what the spec documents for the named operation, so "the server matches the spec" is asserted on each call.
 */
export function createCheckedClient(baseUrl: string, validate: (operationId: string, response: ObservedResponse) => string[]): CheckedCall {
  return async (operationId, method, path, init = {}) => {
    const res = await fetch(`${baseUrl}${path}`, { ...init, method });
    const bytes = Buffer.from(await res.arrayBuffer());
    const contentType = res.headers.get('content-type');
    const text = /json|text/.test(contentType ?? '') ? bytes.toString('utf8') : bytes.length === 0 ? '' : '<binary>';
    let json: unknown;
    if (/json/.test(contentType ?? '')) json = JSON.parse(text) as unknown;
    return { status: res.status, headers: res.headers, text, bytes, json, conformance: validate(operationId, { status: res.status, contentType, body: text }) };
  };
}
