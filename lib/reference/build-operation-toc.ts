import type { TocEntry } from '../mdx/remark-heading-ids';
import type { Operation, Parameter, ParameterLocation, SecurityRequirement } from '../openapi/types';
import { idPart } from './anchor-ids';

export const PARAMETER_LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

export const LOCATION_TITLES: Record<ParameterLocation, string> = {
  path: 'Path parameters',
  query: 'Query parameters',
  header: 'Header parameters',
  cookie: 'Cookie parameters',
};

/** Ids of an operation page's sections; the page and its table of contents both use these. */
export const operationIds = {
  security: 'authorization',
  parameters: 'parameters',
  location: (location: ParameterLocation) => `parameters-${location}`,
  parameter: (location: ParameterLocation, name: string) => `param-${location}-${idPart(name)}`,
  requestBody: 'request-body',
  responses: 'responses',
  response: (status: string) => `response-${idPart(status)}`,
  callbacks: 'callbacks',
  callback: (name: string) => `callback-${idPart(name)}`,
  samples: 'code-samples',
};

/** The requirements that apply (the operation's, else the API's); none when only "no auth" is listed. */
export function effectiveSecurity(operation: Pick<Operation, 'security'>, apiSecurity: SecurityRequirement[]): SecurityRequirement[] {
  const list = operation.security ?? apiSecurity;
  return list.some((requirement) => Object.keys(requirement).length > 0) ? list : [];
}

/** Parameters by where they go (path, query, header, cookie), empty locations left out: the sections and the TOC share it. */
export function parameterGroups(parameters: readonly Parameter[]): { location: ParameterLocation; parameters: Parameter[] }[] {
  return PARAMETER_LOCATIONS.map((location) => ({ location, parameters: parameters.filter((p) => p.in === location) })).filter((group) => group.parameters.length > 0);
}

/** The on-page table of contents of an operation or webhook page (h2 and h3 sections). */
export function buildOperationToc(operation: Operation, apiSecurity: SecurityRequirement[] = []): TocEntry[] {
  const toc: TocEntry[] = [];
  if (effectiveSecurity(operation, apiSecurity).length > 0) toc.push({ id: operationIds.security, title: 'Authorization', depth: 2 });
  const locations = parameterGroups(operation.parameters).map((group) => group.location);
  // One location is one section titled by it, as ParametersSection renders it.
  if (locations.length === 1) toc.push({ id: operationIds.parameters, title: LOCATION_TITLES[locations[0]], depth: 2 });
  if (locations.length > 1) {
    toc.push({ id: operationIds.parameters, title: 'Parameters', depth: 2 });
    for (const location of locations) toc.push({ id: operationIds.location(location), title: LOCATION_TITLES[location], depth: 3 });
  }
  if (operation.requestBody) toc.push({ id: operationIds.requestBody, title: operation.kind === 'webhook' ? 'Payload' : 'Request body', depth: 2 });
  if (operation.responses.length > 0) {
    toc.push({ id: operationIds.responses, title: 'Responses', depth: 2 });
    for (const response of operation.responses) toc.push({ id: operationIds.response(response.status), title: response.status, depth: 3 });
  }
  if (operation.callbacks.length > 0) {
    toc.push({ id: operationIds.callbacks, title: 'Callbacks', depth: 2 });
    for (const callback of operation.callbacks) toc.push({ id: operationIds.callback(callback.name), title: callback.name, depth: 3 });
  }
  return toc;
}
