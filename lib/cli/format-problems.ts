import path from 'node:path';
import type { Problem } from '../openapi/types';

/** A path relative to `cwd` when it lies below it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** `file:line  #/pointer  error: message  (hint)` */
export function formatProblem(problem: Problem, cwd: string): string {
  const where = `${displayPath(problem.file, cwd)}${problem.line !== undefined ? `:${problem.line}` : ''}`;
  const hint = problem.hint ? `  (${problem.hint})` : '';
  return `${where}  #${problem.pointer}  ${problem.severity}: ${problem.message}${hint}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
