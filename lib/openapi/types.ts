/**
 * The normalized API model: one plain, serializable shape for every OpenAPI
 * version (2.0 is converted, 3.0 upgraded to 3.1 semantics). Everything after
 * `lib/openapi` reads this and never asks "which version was this?".
 *
 * Schemas are JSON Schema (2020-12 / OAS 3.1 flavour) and keep their internal
 * `$ref`s (e.g. `#/components/schemas/Pet`); follow them with `resolveRef`
 * from `./resolve`, which detects cycles.
 */

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** A JSON Schema object, or `true`/`false`. Internal refs stay as `{ "$ref": "#/..." }`. */
export type JsonSchema = boolean | JsonSchemaObject;
export interface JsonSchemaObject {
  $ref?: string;
  [keyword: string]: unknown;
}

export type SourceVersion = '2.0' | '3.0.x' | '3.1.x';

export interface ApiInfo {
  title: string;
  version: string;
  summary?: string;
  /** Markdown, untrusted. */
  description?: string;
  termsOfService?: string;
  contact?: { name?: string; url?: string; email?: string };
  license?: { name: string; url?: string; identifier?: string };
}

export interface ServerVariable {
  default: string;
  enum?: string[];
  description?: string;
}

export interface Server {
  url: string;
  description?: string;
  variables: Record<string, ServerVariable>;
}

export interface OAuthFlow {
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  scopes: Record<string, string>;
}

export type SecurityScheme =
  | { type: 'apiKey'; name: string; in: 'query' | 'header' | 'cookie'; description?: string }
  | { type: 'http'; scheme: string; bearerFormat?: string; description?: string }
  | {
      type: 'oauth2';
      flows: Partial<Record<'implicit' | 'password' | 'clientCredentials' | 'authorizationCode', OAuthFlow>>;
      description?: string;
    }
  | { type: 'openIdConnect'; openIdConnectUrl: string; description?: string }
  | { type: 'mutualTLS'; description?: string };

/** Scheme name -> required scopes. An empty object means "no auth" (optional security). */
export type SecurityRequirement = Record<string, string[]>;

export interface Tag {
  name: string;
  /** `x-displayName`, else the name. */
  displayName: string;
  description?: string;
  externalDocs?: { url: string; description?: string };
}

export interface TagGroup {
  name: string;
  tags: string[];
}

export interface Example {
  /** Key in `examples`, or "default" for a lone `example`. */
  name: string;
  summary?: string;
  description?: string;
  value?: unknown;
  externalValue?: string;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface Parameter {
  name: string;
  in: ParameterLocation;
  description?: string;
  required: boolean;
  deprecated: boolean;
  schema?: JsonSchema;
  /** Defaults already applied: form for query/cookie, simple for path/header. */
  style: string;
  explode: boolean;
  allowReserved: boolean;
  examples: Example[];
  /** Parameters described with `content` instead of `schema`. */
  content?: MediaType[];
}

export interface Encoding {
  contentType?: string;
  style?: string;
  explode?: boolean;
  headers?: Header[];
}

export interface MediaType {
  /** e.g. `application/json`, `multipart/form-data`. */
  mediaType: string;
  schema?: JsonSchema;
  examples: Example[];
  encoding?: Record<string, Encoding>;
}

export interface RequestBody {
  description?: string;
  required: boolean;
  content: MediaType[];
}

export interface Header {
  name: string;
  description?: string;
  required: boolean;
  deprecated: boolean;
  schema?: JsonSchema;
  examples: Example[];
}

export interface Link {
  name: string;
  operationId?: string;
  operationRef?: string;
  parameters?: Record<string, unknown>;
  requestBody?: unknown;
  description?: string;
}

export interface Response {
  /** "200", "4XX", "default". */
  status: string;
  description: string;
  headers: Header[];
  content: MediaType[];
  links: Link[];
}

export interface Callback {
  name: string;
  /** Runtime expression, e.g. `{$request.body#/callbackUrl}`. */
  expression: string;
  operations: Operation[];
}

export interface CodeSample {
  lang: string;
  label?: string;
  source: string;
}

export interface Operation {
  kind: 'operation' | 'webhook' | 'callback';
  /** Stable, unique (within the API), URL-safe page slug. */
  slug: string;
  method: HttpMethod;
  /** The path template; for webhooks the webhook name. */
  path: string;
  operationId?: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  tags: string[];
  parameters: Parameter[];
  requestBody?: RequestBody;
  responses: Response[];
  callbacks: Callback[];
  /** Undefined means "inherit the API's `security`". */
  security?: SecurityRequirement[];
  /** Operation- or path-level servers overriding the API's. */
  servers?: Server[];
  codeSamples: CodeSample[];
  /** JSON pointer of the operation in the bundled document, e.g. `/paths/~1pets/get`. */
  pointer: string;
}

export interface ApiModel {
  source: SourceVersion;
  /** The version string as written: "2.0", "3.0.3", "3.1.0". */
  specVersion: string;
  info: ApiInfo;
  servers: Server[];
  securitySchemes: Record<string, SecurityScheme>;
  security: SecurityRequirement[];
  tags: Tag[];
  tagGroups: TagGroup[];
  operations: Operation[];
  webhooks: Operation[];
  /** `components.schemas`, refs kept. */
  schemas: Record<string, JsonSchema>;
  /** Schema name -> its page slug under `/schemas/` (see `schemaSlugs`): names like `..` cannot be URLs. */
  schemaSlugs: Record<string, string>;
  /**
   * Every other `$ref` target a schema in this model points at, keyed by its
   * JSON pointer (`#/paths/...`, `#/components/parameters/...`), so that
   * `resolveRef` can follow any internal ref without the raw document.
   */
  refTargets: Record<string, JsonSchema>;
}

export type ProblemSeverity = 'error' | 'warning';

export interface Problem {
  severity: ProblemSeverity;
  /** Short machine-readable code, e.g. `unresolved-ref`, `yaml-syntax`. */
  code: string;
  message: string;
  /** Absolute or content-relative file path. */
  file: string;
  /** JSON pointer inside that file, e.g. `/paths/~1pets/get`. */
  pointer: string;
  /** 1-based line, when known. */
  line?: number;
  /** What to do about it. */
  hint?: string;
}

export interface LoadResult {
  /** Undefined when the document cannot be rendered. */
  model?: ApiModel;
  /** The bundled document (single, self-contained, refs internal), for download and Swagger UI. */
  bundled?: unknown;
  problems: Problem[];
}

/** The schemas a validator or sampler may need to follow `$ref`s: the model itself, or a slice of it for a client island. */
export type SchemaRefs = Pick<ApiModel, 'schemas' | 'refTargets'>;
