import { reasonPhrase } from '../http/reason-phrases';
import { buildRefDocument } from '../openapi/ref-document';
import { findMediaType, isJsonMediaType } from '../http/media-type';
import type { RequestValidator } from '../tryit/validate-request';
import type { TryItValues } from '../request/types';
import { checkMockSecurity } from './check-mock-security';
import { applyCollection, collectionRole } from './mock-collections';
import { describeIssues, mockProblem, toFieldError } from './mock-problem';
import { documentedAnswer, successResponse, type MockAnswer } from './mock-response-body';
import type { MockOperation, MockRequest, MockResponse, MockStore } from './types';

export interface MockServerOptions {
  /** The console's request validator (`createRequestValidator(slice.refs)`): the mock checks what the console checks. */
  validate: RequestValidator;
  store: MockStore;
}

/** Answers one request for one operation; see `createMockServer`. */
export type MockServer = (target: MockOperation, input: MockRequest) => MockResponse;

const encoder = new TextEncoder();

function requestBodyValue(values: TryItValues): unknown {
  const body = values.body;
  if (!body) return undefined;
  if ('text' in body) {
    if (!isJsonMediaType(body.mediaType)) return undefined;
    try {
      return JSON.parse(body.text) as unknown;
    } catch {
      return undefined;
    }
  }
  if ('fields' in body) return Object.fromEntries(body.fields.map((field) => [field.name, 'file' in field ? field.file.name : field.value]));
  return undefined;
}

function encode(answer: MockAnswer): MockResponse {
  const { value, contentType } = answer;
  const body =
    value === undefined
      ? new Uint8Array()
      : value instanceof Uint8Array
        ? value
        : encoder.encode(typeof value === 'string' && !isJsonMediaType(contentType) ? value : JSON.stringify(value, null, 2));
  const headers = [
    ...(contentType ? [{ name: 'content-type', value: contentType }] : []),
    { name: 'content-length', value: String(body.length) },
    ...answer.headers,
  ];
  return { status: answer.status, statusText: reasonPhrase(answer.status), headers, contentType, body };
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0];
  }
}

/**
 * The in-browser mock server: answers requests from the spec alone, with no network.
 * In order: credentials missing -> 401; a body of an undocumented media type -> 415;
 * values that break the documented schemas -> 400 naming the fields; else the documented
 * success (example, else a sample of its schema). Collections keep what the tab creates
 * (see `collectionRole`). A `status` in the input answers that documented response instead.
 * Errors are RFC 9457 `application/problem+json`.
 */
export function createMockServer(options: MockServerOptions): MockServer {
  const documents = new WeakMap<object, Record<string, unknown>>();
  const documentFor = (refs: MockOperation['refs']) => {
    let document = documents.get(refs);
    if (!document) {
      document = buildRefDocument(refs);
      documents.set(refs, document);
    }
    return document;
  };

  return ({ operation, security, securitySchemes, refs }, { request, values, status }) => {
    const document = documentFor(refs);
    const instance = pathOf(request.url);
    if (status !== undefined) {
      const chosen = operation.responses.find((r) => r.status === status);
      if (chosen) return encode(documentedAnswer(operation, chosen, refs, document));
    }

    const verdict = checkMockSecurity(request, security, securitySchemes);
    if (!verdict.ok) {
      const challenges = verdict.challenges.map((value) => ({ name: 'www-authenticate', value }));
      return mockProblem(401, `This operation needs ${verdict.missing}; the request has none. (The mock checks that a credential is there, not its value.)`, instance, [], challenges);
    }

    const requestBody = operation.requestBody;
    const sentType = request.body ? (request.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? request.body.mediaType) : undefined;
    if (requestBody && sentType && !findMediaType(requestBody.content, sentType)) {
      const accepted = requestBody.content.map((m) => m.mediaType).join(', ');
      return mockProblem(415, `The body is ${sentType}; this operation accepts ${accepted}.`, instance);
    }

    const issues = options.validate(operation, values);
    if (issues.length > 0) return mockProblem(400, describeIssues(issues), instance, issues.map(toFieldError));

    const success = successResponse(operation);
    if (!success) return mockProblem(501, 'The documentation lists no successful response for this operation, so the mock has nothing to answer with.', instance);
    const answer = documentedAnswer(operation, success, refs, document);
    const state = options.store.read();
    const outcome = applyCollection(collectionRole(operation, values), answer, requestBodyValue(values), state, request.url.split('?')[0]);
    if (outcome.kind === 'not-found') {
      return mockProblem(404, `There is no item ${outcome.id} in ${outcome.collection}: it was deleted in this tab.`, instance);
    }
    if (outcome.kind === 'stateless') return encode(answer);
    if (outcome.state !== state) options.store.write(outcome.state);
    return encode(outcome.answer);
  };
}
