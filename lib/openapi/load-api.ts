import { bundleDocument } from './bundle-document';
import { checkRefs } from './check-refs';
import { collectRefTargets } from './collect-ref-targets';
import { dropUnsafeUrls } from './drop-unsafe-urls';
import { createLineFinder } from './find-line';
import { locateSource } from './locate-source';
import { normalizeModel } from './normalize-model';
import { prepareDocument, type PreparedIssue } from './prepare-document';
import { cutRefs, readSpecFiles, type SpecFiles } from './read-spec-files';
import { reviewModel } from './review-model';
import type { ApiModel, LoadResult, Problem, SourceVersion } from './types';
import { validateDocument } from './validate-document';

export interface LoadDetails {
  result: LoadResult;
  /** The model even when errors keep `result.model` undefined (for reports: counts, title). */
  draft?: ApiModel;
  /** Every file the spec read (absolute paths, entry first) with its text, for cache keys. */
  files: { path: string; text: string | undefined }[];
}

/** 2.0 documents are checked after conversion; put their component pointers back where 2.0 had them. */
const SWAGGER2_PREFIXES: [string, string][] = [
  ['/components/schemas/', '/definitions/'],
  ['/components/parameters/', '/parameters/'],
  ['/components/responses/', '/responses/'],
  ['/components/securitySchemes/', '/securityDefinitions/'],
];

/**
 * Errors the loader has already repaired in the model (an unsafe URL or a refused `$ref` is left out; a `$ref`
 * that leads nowhere too, see loadFrom): the author must fix the spec (`portico check` fails, a strict build
 * fails), but the pages are safe to render.
 */
const REPAIRED_ERRORS = new Set(['unsafe-url', 'ref-refused']);

function toProblems(spec: SpecFiles, issues: PreparedIssue[], source: SourceVersion | undefined): Problem[] {
  const lineOf = createLineFinder((file) => spec.files.get(file)?.text);
  return issues.map((issue) => {
    let pointer = issue.pointer;
    if (source === '2.0') {
      for (const [from, to] of SWAGGER2_PREFIXES) if (pointer.startsWith(from)) pointer = to + pointer.slice(from.length);
      // A 2.0 OAuth scheme holds its one flow's URLs at its top level.
      pointer = pointer.replace(/^(\/securityDefinitions\/[^/]+)\/flows\/[^/]+\//, '$1/');
    }
    // Webhooks of a 2.0/3.0 document came from `x-webhooks` (see prepareDocument).
    if (source !== undefined && source !== '3.1.x' && pointer.startsWith('/webhooks/')) pointer = `/x-${pointer.slice(1)}`;
    const at = locateSource(spec.files, spec.entry, pointer);
    return { ...issue, file: at.file, pointer: at.pointer, line: lineOf(at.file, at.pointer) };
  });
}

function withLines(spec: SpecFiles, problems: Problem[]): Problem[] {
  const lineOf = createLineFinder((file) => spec.files.get(file)?.text);
  return problems.map((p) => (p.line !== undefined || !spec.files.has(p.file) ? p : { ...p, line: lineOf(p.file, p.pointer) }));
}

async function loadFrom(spec: SpecFiles): Promise<{ result: LoadResult; draft?: ApiModel }> {
  const entryFailure = spec.failed.get(spec.entry);
  if (entryFailure) return { result: { problems: [entryFailure] } };
  const refCheck = checkRefs(spec);
  // One mistyped `$ref` must not take the whole API down: it is cut like a refused one, and shows as unresolved.
  cutRefs(spec.files, refCheck.dangling);
  const refProblems = withLines(spec, refCheck.problems);
  const repaired = new Set(refProblems);

  let bundled: unknown;
  try {
    bundled = await bundleDocument(spec);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const problem: Problem = { severity: 'error', code: 'bundle-failed', message: `Cannot bundle the document: ${message}`, file: spec.entry, pointer: '', hint: 'Check the $refs in the files named above.' };
    return { result: { problems: [...refProblems, problem] } };
  }
  const prepared = await prepareDocument(bundled);
  if (!prepared.ok) return { result: { problems: [...refProblems, ...toProblems(spec, prepared.issues, undefined)] } };

  // Before validation and normalization read the document: neither should see a URL the portal will not keep.
  const issues = [...prepared.issues, ...dropUnsafeUrls(prepared.doc), ...validateDocument(prepared.doc, prepared.source)];
  const model = normalizeModel(prepared.doc, { source: prepared.source, specVersion: prepared.specVersion });
  issues.push(...reviewModel(model));
  for (const ref of collectRefTargets(model, prepared.doc)) {
    issues.push({ severity: 'error', code: 'unresolved-ref', message: `$ref "${ref}" does not resolve in the bundled document`, pointer: '', hint: 'Point the $ref at an existing location.' });
  }
  const problems = [...refProblems, ...toProblems(spec, issues, prepared.source)];
  const renderable = !problems.some((p) => p.severity === 'error' && !REPAIRED_ERRORS.has(p.code) && !repaired.has(p));
  return { result: { model: renderable ? model : undefined, bundled, problems }, draft: model };
}

/** Errors first, then by file and line, so reports read top to bottom. */
function sortProblems(problems: Problem[]): Problem[] {
  const rank = (p: Problem) => (p.severity === 'error' ? 0 : 1);
  return [...problems].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

export interface LoadOptions {
  /** Folders besides the entry's own that `$ref`s may read from (the portal's content folder). */
  refRoots?: readonly string[];
}

/** `loadApi` plus the files it read; used by the cache. Never throws for bad input. */
export async function loadApiDetailed(entryPath: string, options: LoadOptions = {}): Promise<LoadDetails> {
  const spec = await readSpecFiles(entryPath, { refRoots: options.refRoots });
  const files = [spec.entry, ...[...spec.files.keys(), ...spec.failed.keys()].filter((f) => f !== spec.entry)].map((path) => ({ path, text: spec.files.get(path)?.text }));
  try {
    const loaded = await loadFrom(spec);
    return { ...loaded, result: { ...loaded.result, problems: sortProblems(loaded.result.problems) }, files };
  } catch (error) {
    // A bug of ours, not the user's: still report it as data, with enough to file an issue.
    const message = error instanceof Error ? error.message : String(error);
    const problem: Problem = { severity: 'error', code: 'internal', message: `Internal error while loading: ${message}`, file: spec.entry, pointer: '', hint: 'Please report this with the document that caused it.' };
    return { result: { problems: [problem] }, files };
  }
}

/**
 * Loads one OpenAPI document (2.0, 3.0.x or 3.1.x; JSON or YAML; one file or
 * many joined by relative `$ref`s) into an `ApiModel`. Never throws for bad
 * input: problems come back as data, and `model` is undefined when any is an error.
 */
export async function loadApi(entryPath: string, options: LoadOptions = {}): Promise<LoadResult> {
  return (await loadApiDetailed(entryPath, options)).result;
}
