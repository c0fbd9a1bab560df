import type { ApiModel, Operation, SecurityRequirement, SecurityScheme, Server } from '../openapi/types';
import { pickSchemaRefs } from './pick-schema-refs';
import type { SchemaRefs } from './types';

/**
 * Everything the try-it console needs for one operation, and nothing more:
 * a client island receives this instead of the whole model.
 */
export interface OperationSlice {
  operation: Operation;
  /** The operation's own servers when it overrides them, else the API's. */
  servers: Server[];
  /** The effective requirements (the operation's, else the API's). */
  security: SecurityRequirement[];
  /** Only the schemes those requirements name. */
  securitySchemes: Record<string, SecurityScheme>;
  /** Only the schemas and ref targets the operation reaches, transitively. */
  refs: SchemaRefs;
}

/**
 * Cuts the model down to one operation. Callbacks, code samples and the
 * operation's description are dropped: the console does not use them (the
 * page around it shows them), and callbacks can reach large parts of a spec.
 */
export function collectOperationSlice(model: ApiModel, operation: Operation): OperationSlice {
  const { description: _description, ...rest } = operation;
  void _description;
  const trimmed: Operation = { ...rest, callbacks: [], codeSamples: [] };
  const security = operation.security ?? model.security;
  const securitySchemes: Record<string, SecurityScheme> = {};
  for (const requirement of security) {
    for (const name of Object.keys(requirement)) {
      const scheme = model.securitySchemes[name];
      if (scheme) securitySchemes[name] = scheme;
    }
  }
  const servers = operation.servers && operation.servers.length > 0 ? operation.servers : model.servers;
  return { operation: trimmed, servers, security, securitySchemes, refs: pickSchemaRefs(trimmed, model) };
}
