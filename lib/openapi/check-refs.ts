import path from 'node:path';
import { locateSource } from './locate-source';
import { didYouMean } from '../text/did-you-mean';
import { isObject, parsePointer, toPointer } from './pointer';
import type { RefSite, SpecFiles } from './read-spec-files';
import { isSchemaPosition } from './refused-ref';
import { displayPath } from '../cli/format-problems';
import type { Problem } from './types';

/** What the pages do with a ref that is cut (see cutRefs): a schema stays, marked; anything else leaves. */
function fateOf(site: RefSite): string {
  return isSchemaPosition(parsePointer(site.pointer)) ? 'pages show it as an unresolved reference' : 'pages leave it out';
}

/** Names the likely intended target when the pointer's next step is a near miss (`Thingz` for `Thing`). */
function refHint(site: RefSite, deepest: string, value: unknown, file: string): string {
  const missing = parsePointer(site.targetPointer)[parsePointer(deepest).length];
  const guess = missing !== undefined && isObject(value) ? didYouMean(missing, Object.keys(value)) : undefined;
  if (guess !== undefined) return `Did you mean "#${toPointer([...parsePointer(deepest), guess])}"?`;
  return `Check the pointer after "#"; the deepest part that exists is "#${deepest}" in ${path.basename(file)}.`;
}

export interface RefCheck {
  problems: Problem[];
  /** The followed refs that lead nowhere, to cut before bundling (see cutRefs) so the rest still renders. */
  dangling: RefSite[];
}

/**
 * Reports every `$ref` that cannot be followed: one refused by the ref boundary,
 * a remote URL, a file that could not be read, or a pointer that names nothing.
 * Each problem sits at the `$ref`.
 */
export function checkRefs(spec: SpecFiles): RefCheck {
  const dangling: RefSite[] = [];
  const problems: Problem[] = spec.refused.map(({ site, reason }) => ({
    severity: 'error',
    code: 'ref-refused',
    // The target is named as written, never read: its content cannot reach a message or a page.
    message: `$ref "${site.ref}" ${reason}; it was not read, and nothing of it is published (a schema there shows as an unresolved reference)`,
    file: site.file,
    pointer: site.pointer,
    hint: `Keep referenced files inside ${spec.roots.map((root) => displayPath(root, process.cwd()) || '.').join(' or ')} (or a folder below) and refer to them by relative paths, or inline the content.`,
  }));
  const reportedFiles = new Set<string>();
  for (const site of spec.refs) {
    const at = { file: site.file, pointer: site.pointer };
    if (!path.isAbsolute(site.targetFile)) {
      problems.push({
        severity: 'error',
        code: 'unsupported-ref',
        message: `Remote $ref "${site.ref}" is not supported; ${fateOf(site)}`,
        ...at,
        hint: 'Download the referenced document next to the spec and refer to it by a relative path.',
      });
      dangling.push(site);
      continue;
    }
    const failure = spec.failed.get(site.targetFile);
    if (failure) {
      dangling.push(site);
      if (failure.code === 'file-not-found') {
        problems.push({ ...failure, ...at, message: `$ref "${site.ref}": file not found; ${fateOf(site)}`, hint: 'Relative $refs are resolved from the folder of the file that contains them.' });
      } else if (!reportedFiles.has(site.targetFile)) {
        reportedFiles.add(site.targetFile);
        problems.push(failure);
      }
      continue;
    }
    const target = locateSource(spec.files, site.targetFile, site.targetPointer);
    if (!target.found) {
      dangling.push(site);
      problems.push({
        severity: 'error',
        code: 'unresolved-ref',
        message: `$ref "${site.ref}" does not resolve: nothing at "#${site.targetPointer}" in ${path.basename(site.targetFile)}; ${fateOf(site)}`,
        ...at,
        hint: refHint(site, target.pointer, target.value, target.file),
      });
    }
  }
  return { problems, dangling };
}
