import type { ApiModel, MediaType, Operation, SecurityRequirement, SecurityScheme, Server } from '../openapi/types';
import { pickSchemaRefs, type PickLimits } from './pick-schema-refs';
import { resolveServerUrl } from '../request/resolve-server-url';
import type { SchemaRefs } from '../openapi/types';

/**
 * Everything the try-it console needs for one operation, and nothing more:
 * a client island receives this instead of the whole model.
 */
export interface OperationSlice {
  operation: Operation;
  /** The operation's own servers when it overrides them, else the API's. */
  servers: Server[];
  /** True when `servers` are the operation's (or its path's) own, not the API's. */
  ownServers: boolean;
  /**
   * The API's first server with default variables, unresolved (`/v1` stays relative):
   * the origin credentials are bound to when typed on an operation with its own servers.
   */
  apiServerUrl: string;
  /** The effective requirements (the operation's, else the API's). */
  security: SecurityRequirement[];
  /** Only the schemes those requirements name. */
  securitySchemes: Record<string, SecurityScheme>;
  /** Only the schemas and ref targets the operation reaches, transitively. */
  refs: SchemaRefs;
}

/**
 * The console's schemas stay small on any spec: the operation's own components and the ones
 * they name, within ~16 KB of JSON beyond the operation's own (on a Microsoft Graph-shaped spec the whole reachable set
 * was 6.5 MB per page); deeper ones accept any value (see CUT_SCHEMA).
 */
export const SLICE_LIMITS: Required<PickLimits> = { maxDepth: 2, maxChars: 16_000 };

/**
 * A response example travels to the console only up to this size (JSON characters): it is
 * there to be shown or mocked, and the page already shows it. GitHub's "Get emojis" example
 * alone was 150 KB of every copy of that page; without it the console samples the schema.
 */
export const SLICE_EXAMPLE_MAX_CHARS = 8_000;

function smallExamples(media: MediaType): MediaType {
  const examples = media.examples.filter((example) => JSON.stringify(example.value ?? null).length <= SLICE_EXAMPLE_MAX_CHARS);
  return examples.length === media.examples.length ? media : { ...media, examples };
}

/**
 * Cuts the model down to one operation. Callbacks, code samples, large response
 * examples and the operation's description are dropped: the console does not use them (the
 * page around it shows them), and callbacks can reach large parts of a spec.
 */
export function collectOperationSlice(model: ApiModel, operation: Operation): OperationSlice {
  const { description: _description, ...rest } = operation;
  void _description;
  const responses = operation.responses.map((response) => ({ ...response, content: response.content.map(smallExamples) }));
  const trimmed: Operation = { ...rest, responses, callbacks: [], codeSamples: [] };
  const security = operation.security ?? model.security;
  const securitySchemes: Record<string, SecurityScheme> = {};
  for (const requirement of security) {
    for (const name of Object.keys(requirement)) {
      const scheme = model.securitySchemes[name];
      if (scheme) securitySchemes[name] = scheme;
    }
  }
  const ownServers = Boolean(operation.servers && operation.servers.length > 0);
  const servers = ownServers && operation.servers ? operation.servers : model.servers;
  const apiServer = model.servers[0] ?? { url: '/', variables: {} };
  const apiServerUrl = resolveServerUrl({ kind: 'template', url: apiServer.url, variables: Object.fromEntries(Object.entries(apiServer.variables).map(([k, v]) => [k, v.default])) });
  return { operation: trimmed, servers, ownServers, apiServerUrl, security, securitySchemes, refs: pickSchemaRefs(trimmed, model, SLICE_LIMITS) };
}
