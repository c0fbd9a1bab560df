import type { IncomingMessage } from 'node:http';
import type { StorageLimits } from './storage-limits';

/** The parsed OpenAPI document, kept as plain data: the demo API reads it, never rewrites it. */
export type SpecDocument = Record<string, unknown>;

export type ParameterIn = 'path' | 'query' | 'header';

/** One parameter of an operation, with `$ref`s already followed. */
export interface SpecParameter {
  name: string;
  in: ParameterIn | 'cookie';
  required: boolean;
  style: string;
  explode: boolean;
  /** The parameter's schema as written (refs inside still point into the document). */
  schema: unknown;
}

/** An operation under `paths`, as the server needs it. */
export interface SpecOperation {
  operationId: string;
  method: string;
  /** Path template, e.g. `/books/{bookId}`. */
  path: string;
  /** JSON pointer of the operation, e.g. `/paths/~1books/get`. */
  pointer: string;
  parameters: SpecParameter[];
  requestBody?: { required: boolean; mediaTypes: Record<string, unknown> };
  /** Effective security (operation-level, else document-level); empty means public. */
  security: Record<string, string[]>[];
}

/** One invalid field; the shape of `FieldError` in the spec. */
export interface FieldError {
  in: 'body' | 'query' | 'path' | 'header';
  field: string;
  code: string;
  message: string;
}

/** Options of `startDemoApi`. */
export interface DemoApiOptions {
  /** @default 4010; 0 picks a free port. */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Send CORS headers and answer preflight requests. @default true */
  cors?: boolean;
  /** The OpenAPI document to serve. @default content/openapi/bookshelf.yaml */
  specPath?: string;
  /** Caps on stored records and cover bytes (507 beyond them). @default DEFAULT_STORAGE_LIMITS */
  limits?: Partial<StorageLimits>;
}

export interface DemoApi {
  /** e.g. `http://127.0.0.1:4010`, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** What a handler receives once routing, auth and validation have passed. */
export interface HandlerContext {
  req: IncomingMessage;
  operation: SpecOperation;
  /** Validated (and type-coerced) path parameters. */
  path: Record<string, string>;
  /** Validated query parameters, defaults applied. */
  query: Record<string, unknown>;
  /** Validated JSON body; undefined for bodiless or multipart requests. */
  body: unknown;
  /** `http://host:port` as the client addressed us, for absolute links. */
  origin: string;
  /** Validates a non-JSON body (e.g. multipart fields) against the operation's schema. */
  validateBody(mediaType: string, value: unknown): FieldError[];
}

export type HandlerResult =
  | { status: number; json: unknown; headers?: Record<string, string> }
  | { status: number; bytes: Buffer; contentType: string; headers?: Record<string, string> }
  | { status: 204; headers?: Record<string, string> };

export type Handler = (ctx: HandlerContext) => HandlerResult | Promise<HandlerResult>;
