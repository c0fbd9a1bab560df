import { fieldKey, type FieldDraft } from './build-console-model';
import type { FieldSpec } from './describe-field';
import { looksSecret } from './share-request';

/**
 * A named set of values that fills every console of one API: the server choice, server variables
 * and common parameters (`owner`, `repo`, `limit`) matched by name on each operation. Credentials
 * are not part of it: the auth panel keeps them per environment in its own storage (see
 * use-auth-state), so an environment can be stored, listed and exported without a secret in it.
 */
export interface Environment {
  id: string;
  name: string;
  /** A server of the spec by index, the in-browser mock, or a typed base URL; undefined leaves the console's choice. */
  server?: number | 'mock' | 'custom';
  baseUrl?: string;
  /** Server variables by name, for whichever server declares them. */
  variables: Record<string, string>;
  /** Parameter values by parameter name, whatever its location (path, query, header). */
  parameters: Record<string, FieldDraft>;
}

export interface EnvironmentStore {
  /** The chosen environment's id; undefined is "No environment". */
  active?: string;
  environments: Environment[];
}

export const EMPTY_ENVIRONMENTS: EnvironmentStore = { environments: [] };
export const MAX_ENVIRONMENTS = 50;
const MAX_NAME_LENGTH = 80;

/** Not a `try-it` key: those hold credentials, and none of these values is one. */
export function environmentsKey(apiId: string): string {
  return `portico:environments:${apiId}`;
}

export function newEnvironmentId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** What the console holds that an environment can set; `index` follows the console's server picker. */
export interface ConsoleValues {
  drafts: Record<string, FieldDraft | undefined>;
  server: { index: number; variables: Record<number, Record<string, string>>; customUrl: string };
}

export interface ConsoleShape {
  parameters: readonly FieldSpec[];
  servers: readonly { variables: Record<string, unknown> }[];
  /** The picker's index of the mock choice (-2 in the console). */
  mockIndex: number;
}

const PARAMETER_LOCATIONS = new Set(['path', 'query', 'header']);

function fits(field: FieldSpec, value: FieldDraft): boolean {
  if (field.kind === 'array') return Array.isArray(value);
  if (field.kind === 'boolean') return typeof value === 'boolean' || value === 'true' || value === 'false';
  return typeof value === 'string';
}

/** Which fields of this operation an environment fills: parameters it names, except cookies and names of secrets. */
function sharedFields(parameters: readonly FieldSpec[]): FieldSpec[] {
  return parameters.filter((field) => PARAMETER_LOCATIONS.has(field.location) && !looksSecret(field.name));
}

/**
 * The console's values with an environment's laid over them. Values the environment does not name
 * stay as they are; a value of the wrong shape for this operation's field (a list for a single
 * value) is skipped rather than forced; a server index this operation lacks leaves the server alone.
 */
export function applyEnvironment(environment: Environment, current: ConsoleValues, shape: ConsoleShape): ConsoleValues {
  const drafts = { ...current.drafts };
  for (const field of sharedFields(shape.parameters)) {
    const value = environment.parameters[field.name];
    if (value !== undefined && fits(field, value)) drafts[fieldKey(field.location, field.name)] = value;
  }
  const variables = { ...current.server.variables };
  shape.servers.forEach((server, i) => {
    for (const name of Object.keys(server.variables)) {
      const value = environment.variables[name];
      if (value !== undefined) variables[i] = { ...variables[i], [name]: value };
    }
  });
  let { index, customUrl } = current.server;
  if (environment.server === 'mock') index = shape.mockIndex;
  else if (environment.server === 'custom') {
    index = -1;
    customUrl = environment.baseUrl ?? customUrl;
  } else if (typeof environment.server === 'number' && environment.server < shape.servers.length) index = environment.server;
  return { drafts, server: { index, variables, customUrl } };
}

function isEmpty(value: FieldDraft | undefined): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Saves what the console holds into an environment: its server choice, the chosen server's
 * variables and every filled parameter (added to those saved from other operations, so one
 * environment collects `owner` on one page and `repo` on another). Secrets are never taken.
 */
export function captureEnvironment(environment: Environment, current: ConsoleValues, shape: ConsoleShape): Environment {
  const parameters = { ...environment.parameters };
  for (const field of sharedFields(shape.parameters)) {
    const value = current.drafts[fieldKey(field.location, field.name)];
    if (!isEmpty(value)) parameters[field.name] = value as FieldDraft;
  }
  const { index } = current.server;
  const server = index === shape.mockIndex ? 'mock' : index === -1 ? 'custom' : index >= 0 && index < shape.servers.length ? index : undefined;
  const variables = { ...environment.variables, ...(typeof server === 'number' ? current.server.variables[server] : {}) };
  const captured: Environment = { id: environment.id, name: environment.name, variables, parameters };
  if (server !== undefined) captured.server = server;
  if (server === 'custom') captured.baseUrl = current.server.customUrl;
  return captured;
}

function isDraft(value: unknown): value is FieldDraft {
  return typeof value === 'string' || typeof value === 'boolean' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks one environment as stored or imported; `at` names it in the messages
 * (`environments[1]`). Secret-named parameters are dropped, never kept.
 */
export function readEnvironment(raw: unknown, at: string): { environment?: Omit<Environment, 'id'>; errors: string[] } {
  if (!isRecord(raw)) return { errors: [`${at}: expected an object with a "name"`] };
  const errors: string[] = [];
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  if (name === '' || name.length > MAX_NAME_LENGTH) errors.push(`${at}.name: expected a name of 1 to ${MAX_NAME_LENGTH} characters`);
  const server = raw.server;
  if (server !== undefined && server !== 'mock' && server !== 'custom' && !(typeof server === 'number' && Number.isInteger(server) && server >= 0)) {
    errors.push(`${at}.server: expected a server number (0, 1, ...), "mock" or "custom"`);
  }
  if (raw.baseUrl !== undefined && (typeof raw.baseUrl !== 'string' || !/^https?:\/\//i.test(raw.baseUrl))) errors.push(`${at}.baseUrl: expected an http(s) URL`);
  const variables: Record<string, string> = {};
  if (raw.variables !== undefined && !isRecord(raw.variables)) errors.push(`${at}.variables: expected an object of texts`);
  for (const [key, value] of Object.entries(isRecord(raw.variables) ? raw.variables : {})) {
    if (typeof value === 'string') variables[key] = value;
    else errors.push(`${at}.variables.${key}: expected text`);
  }
  const parameters: Record<string, FieldDraft> = {};
  if (raw.parameters !== undefined && !isRecord(raw.parameters)) errors.push(`${at}.parameters: expected an object of parameter values`);
  for (const [key, value] of Object.entries(isRecord(raw.parameters) ? raw.parameters : {})) {
    if (!isDraft(value)) errors.push(`${at}.parameters.${key}: expected text, true/false or a list of texts`);
    else if (!looksSecret(key)) parameters[key] = value;
  }
  if (errors.length > 0) return { errors };
  const environment: Omit<Environment, 'id'> = { name, variables, parameters };
  if (server !== undefined) environment.server = server as Environment['server'];
  if (typeof raw.baseUrl === 'string') environment.baseUrl = raw.baseUrl;
  return { environment, errors };
}

/** Reads what was stored; anything of an unknown shape is dropped, never trusted. */
export function parseEnvironmentStore(text: string | null): EnvironmentStore {
  if (!text) return EMPTY_ENVIRONMENTS;
  try {
    const raw: unknown = JSON.parse(text);
    if (!isRecord(raw) || !Array.isArray(raw.environments)) return EMPTY_ENVIRONMENTS;
    const environments: Environment[] = [];
    for (const item of raw.environments.slice(0, MAX_ENVIRONMENTS)) {
      const { environment } = readEnvironment(item, 'environment');
      const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
      if (environment && id && !environments.some((e) => e.id === id)) environments.push({ id, ...environment });
    }
    const active = environments.some((e) => e.id === raw.active) ? (raw.active as string) : undefined;
    return { active, environments };
  } catch {
    return EMPTY_ENVIRONMENTS;
  }
}
