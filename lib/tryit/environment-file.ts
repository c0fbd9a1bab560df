import { MAX_ENVIRONMENTS, newEnvironmentId, readEnvironment, type Environment, type EnvironmentStore } from './environments';

export const ENVIRONMENT_FILE_FORMAT = 'portico-environments';
/** Far above any real set of environments; a larger file is refused before it is parsed. */
export const MAX_ENVIRONMENT_FILE_CHARS = 1_000_000;

export interface EnvironmentFile {
  format: typeof ENVIRONMENT_FILE_FORMAT;
  version: 1;
  api: string;
  note: string;
  environments: Omit<Environment, 'id'>[];
}

/**
 * The API's environments as a JSON file. Environments never hold credentials (the auth panel keeps
 * those apart), and the file says so, so whoever receives it knows to enter their own.
 */
export function exportEnvironments(apiId: string, environments: readonly Environment[]): string {
  const file: EnvironmentFile = {
    format: ENVIRONMENT_FILE_FORMAT,
    version: 1,
    api: apiId,
    note: 'Credentials are never exported: enter your own in the console after importing.',
    environments: environments.map(({ name, server, baseUrl, variables, parameters }) => ({
      name,
      ...(server === undefined ? {} : { server }),
      ...(baseUrl === undefined ? {} : { baseUrl }),
      variables,
      parameters,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; environments: Omit<Environment, 'id'>[] } | { ok: false; errors: string[] };

/**
 * Reads an exported file, with one message per problem so the reader can fix the file: not JSON,
 * not an environments file, another API's, or a field of the wrong type. A file from another
 * portal version or hand-written is fine as long as it has this shape; secret-named parameters in
 * it are dropped.
 */
export function importEnvironments(text: string, apiId: string): ImportResult {
  if (text.length > MAX_ENVIRONMENT_FILE_CHARS) return { ok: false, errors: [`The file is too large (over ${MAX_ENVIRONMENT_FILE_CHARS / 1_000_000} MB) to be an environments file.`] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`The file is not JSON: ${(error as Error).message}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as Record<string, unknown>).format !== ENVIRONMENT_FILE_FORMAT) {
    return { ok: false, errors: [`This is not an environments file exported by the console (it has no "format": "${ENVIRONMENT_FILE_FORMAT}").`] };
  }
  const file = raw as Record<string, unknown>;
  if (file.version !== 1) return { ok: false, errors: [`version: expected 1, found ${JSON.stringify(file.version)}; this file is from a newer portal.`] };
  if (file.api !== apiId) return { ok: false, errors: [`api: the file holds environments of API "${String(file.api)}", not of this API ("${apiId}").`] };
  if (!Array.isArray(file.environments)) return { ok: false, errors: ['environments: expected a list of environments'] };
  if (file.environments.length > MAX_ENVIRONMENTS) return { ok: false, errors: [`environments: at most ${MAX_ENVIRONMENTS} environments, the file has ${file.environments.length}`] };
  const errors: string[] = [];
  const environments: Omit<Environment, 'id'>[] = [];
  file.environments.forEach((item, i) => {
    const read = readEnvironment(item, `environments[${i}]`);
    errors.push(...read.errors);
    if (read.environment) environments.push(read.environment);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, environments };
}

/** Imported environments join the stored ones; one with the name of a stored one replaces it (keeping its id, so its credentials stay with it). */
export function mergeEnvironments(store: EnvironmentStore, imported: readonly Omit<Environment, 'id'>[]): EnvironmentStore {
  const environments = [...store.environments];
  for (const environment of imported) {
    const same = environments.findIndex((e) => e.name === environment.name);
    if (same >= 0) environments[same] = { id: environments[same].id, ...environment };
    else environments.push({ id: newEnvironmentId(), ...environment });
  }
  return { active: store.active, environments: environments.slice(0, MAX_ENVIRONMENTS) };
}
