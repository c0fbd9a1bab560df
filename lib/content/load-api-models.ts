import path from 'node:path';
import { loadApiCached } from '../openapi/load-api-cached';
import type { ApiModel, LoadResult, Problem } from '../openapi/types';
import type { ApiEntry } from './portal-config';

export interface LoadedApi {
  entry: ApiEntry;
  /** Undefined when the spec cannot be rendered; `problems` says why. */
  model?: ApiModel;
  bundled?: unknown;
  problems: Problem[];
}

/** Where build workers share parsed specs (see `loadApiCached`). */
export function defaultCacheDir(): string {
  return path.join(process.cwd(), 'node_modules', '.cache', 'portico');
}

function describe(problem: Problem): string {
  const place = `${problem.file}${problem.line ? `:${problem.line}` : ''}${problem.pointer ? ` ${problem.pointer}` : ''}`;
  return `${place}: ${problem.message}${problem.hint ? ` (${problem.hint})` : ''}`;
}

/**
 * Loads one configured API. A broken spec does not stop the portal: its pages say
 * what is wrong, and the build log names the file and place (printed once per process).
 */
export async function loadConfiguredApi(entry: ApiEntry, options: { cacheDir?: string; refresh?: boolean } = {}): Promise<LoadedApi> {
  const result: LoadResult = await loadApiCached(entry.specPath, {
    cacheDir: options.cacheDir ?? defaultCacheDir(),
    refresh: options.refresh,
    refRoots: entry.contentDir ? [entry.contentDir] : [],
  });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (!result.model || errors.length > 0) {
    reportOnce(entry.id, `Portico: API "${entry.id}" (${entry.specPath}) has ${errors.length} error(s):\n${errors.slice(0, 10).map((p) => `  ${describe(p)}`).join('\n')}`);
  }
  return { entry, model: result.model, bundled: result.bundled, problems: result.problems };
}

// Build workers render many pages per process; say each spec's errors once, not once per page.
const reported = new Set<string>();
function reportOnce(key: string, message: string) {
  if (reported.has(key)) return;
  reported.add(key);
  console.error(message);
}
