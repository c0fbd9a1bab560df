import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiProblem, validationProblem } from './api-problem';
import { checkAuth } from './check-auth';
import { createAccountHandlers } from './create-account-handlers';
import { createAuthorHandlers } from './create-author-handlers';
import { createBookHandlers } from './create-book-handlers';
import { createCorsPolicy } from './create-cors-policy';
import { createRequestValidator, type RequestValidator } from './create-request-validator';
import { createReviewHandlers } from './create-review-handlers';
import { createRouter } from './create-router';
import { createSchemaChecker } from './create-schema-checker';
import { createStore } from './create-store';
import { describeFieldErrors } from './format-validation-errors';
import { listSpecOperations } from './list-spec-operations';
import { isJsonMediaType, readJsonBody, readMediaType } from './read-json-body';
import { DEFAULT_STORAGE_LIMITS, type StorageLimits } from './storage-limits';
import type { Handler, HandlerContext, HandlerResult, SpecDocument, SpecOperation } from './types';

export interface RequestHandlerOptions {
  cors: boolean;
  /** @default DEFAULT_STORAGE_LIMITS */
  limits?: Partial<StorageLimits>;
}

/** Requests per minute reported in `X-RateLimit-*` (reported, not enforced: it is a demo). */
const RATE_LIMIT = 1000;

/**
 * Builds the demo API's request listener: spec-derived routing, auth and validation in
 * front of in-memory handlers keyed by operationId. Each call has its own fresh data.
 */
export function createRequestHandler(doc: SpecDocument, options: RequestHandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const operations = listSpecOperations(doc);
  const router = createRouter(operations);
  const validator = createRequestValidator(doc, createSchemaChecker(doc));
  const cors = options.cors ? createCorsPolicy(doc, operations) : undefined;
  const store = createStore({ ...DEFAULT_STORAGE_LIMITS, ...options.limits });
  const handlers: Record<string, Handler> = {
    ...createBookHandlers(store),
    ...createAuthorHandlers(store),
    ...createReviewHandlers(store),
    ...createAccountHandlers(store),
  };
  const rate = { windowStart: 0, used: 0 };

  function rateHeaders(): Record<string, string> {
    const now = Date.now();
    if (now - rate.windowStart >= 60_000) Object.assign(rate, { windowStart: now, used: 0 });
    rate.used += 1;
    return { 'X-RateLimit-Limit': String(RATE_LIMIT), 'X-RateLimit-Remaining': String(Math.max(0, RATE_LIMIT - rate.used)) };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const method = (req.method ?? 'GET').toUpperCase();
    const common = { ...(cors ? cors.responseHeaders() : {}), ...rateHeaders() };
    try {
      if (method === 'OPTIONS') {
        const headers = cors ? cors.preflightHeaders(req.headers) : {};
        res.writeHead(204, { ...headers, Allow: [...router.allowedMethods(url.pathname), 'OPTIONS'].join(', ') }).end();
        return;
      }
      const match = router.match(method, url.pathname);
      if (match.kind === 'no-route') {
        throw new ApiProblem(404, 'route-not-found', `No operation matches ${method} ${url.pathname}. The API reference lists every endpoint.`);
      }
      if (match.kind === 'method-not-allowed') {
        throw new ApiProblem(405, 'method-not-allowed', `${url.pathname} does not support ${method}; it supports ${match.allow.join(', ')}.`, undefined, {
          Allow: match.allow.join(', '),
        });
      }
      const { operation } = match;
      checkAuth(doc, operation.security, req.headers, url.searchParams);
      const params = validator.validateParameters(operation, { path: match.params, query: url.searchParams, headers: req.headers });
      if (params.errors.length > 0) throw validationProblem(params.errors, describeFieldErrors(params.errors));
      const body = await readBody(req, operation, validator);
      const handler = handlers[operation.operationId];
      if (!handler) throw new ApiProblem(501, 'not-implemented', `The demo API does not implement ${operation.operationId} yet.`);
      const ctx: HandlerContext = {
        req,
        operation,
        path: params.path,
        query: params.query,
        body,
        origin: `http://${req.headers.host ?? 'localhost'}`,
        validateBody: (mediaType, value) => validator.validateBody(operation, mediaType, value),
      };
      send(res, await handler(ctx), common);
    } catch (error) {
      const problem = error instanceof ApiProblem ? error : new ApiProblem(500, 'internal-error', 'The demo API failed unexpectedly; see its console output.');
      if (!(error instanceof ApiProblem)) console.error('[demo-api]', error);
      // Unread request bodies are drained so that the client reads our answer, not a reset.
      if (!req.readableEnded) req.resume();
      const json = JSON.stringify(problem.toBody(url.pathname));
      res.writeHead(problem.status, {
        ...common,
        ...problem.headers,
        'Content-Type': 'application/problem+json; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(json)),
      });
      res.end(json);
    }
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[demo-api]', error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.end();
    });
  };
}

/** Reads and validates a JSON body; multipart bodies are left to the handler, which streams them. */
async function readBody(req: IncomingMessage, operation: SpecOperation, validator: RequestValidator): Promise<unknown> {
  const spec = operation.requestBody;
  if (!spec) return undefined;
  const accepted = Object.keys(spec.mediaTypes);
  const mediaType = readMediaType(req.headers['content-type']);
  if (mediaType === 'multipart/form-data' && accepted.includes(mediaType)) return undefined;
  const jsonType = accepted.find(isJsonMediaType);
  if (!jsonType) return undefined;
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !isJsonMediaType(mediaType)) {
    throw new ApiProblem(415, 'unsupported-media-type', `Send the body as ${accepted.join(' or ')}, not ${mediaType || 'an untyped body'}.`);
  }
  const read = await readJsonBody(req);
  if (read.kind === 'empty') {
    if (!spec.required) return undefined;
    throw validationProblem([{ in: 'body', field: '', code: 'required', message: `is required (${jsonType})` }], `This operation needs a ${jsonType} body.`);
  }
  const errors = validator.validateBody(operation, jsonType, read.value);
  if (errors.length > 0) throw validationProblem(errors, describeFieldErrors(errors));
  return read.value;
}

function send(res: ServerResponse, result: HandlerResult, common: Record<string, string>): void {
  const headers = { ...common, ...result.headers };
  if ('json' in result) {
    const json = JSON.stringify(result.json);
    res.writeHead(result.status, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(json)) });
    res.end(json);
  } else if ('bytes' in result) {
    res.writeHead(result.status, { ...headers, 'Content-Type': result.contentType, 'Content-Length': String(result.bytes.length) });
    res.end(result.bytes);
  } else {
    res.writeHead(result.status, headers).end();
  }
}
