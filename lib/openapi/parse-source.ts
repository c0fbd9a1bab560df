import { CORE_SCHEMA, load, mergeTag, YAMLException } from 'js-yaml';
import { parseDocument } from 'yaml';
import { parseJsonText } from '../json/locate-json-error';
import type { Problem } from './types';

export type SourceFormat = 'json' | 'yaml';

export type ParsedSource =
  | { ok: true; data: unknown; format: SourceFormat }
  | { ok: false; problem: Problem };

function looksLikeJson(path: string, text: string): boolean {
  if (/\.json$/i.test(path)) return true;
  const first = text.trimStart()[0];
  return first === '{' || first === '[';
}



/**
 * Parses one spec file. JSON goes through `JSON.parse` (fast path for big
 * documents); everything else through js-yaml (about twice as fast as `yaml` on
 * thousands of small files) with the YAML 1.2 core schema plus merge keys, so
 * `2024-01-01` stays a string and `yes` is not a boolean.
 */
export function parseSource(path: string, text: string): ParsedSource {
  if (looksLikeJson(path, text)) {
    try {
      return { ok: true, data: JSON.parse(text), format: 'json' };
    } catch {
      // V8's own message quotes the text around the error: a referenced file must never leak into a report.
      const located = parseJsonText(text);
      const where = located.ok ? undefined : located.error;
      return {
        ok: false,
        problem: {
          severity: 'error',
          code: 'json-syntax',
          message: where ? `JSON syntax error at line ${where.line}, column ${where.column}: ${where.message}` : 'JSON syntax error',
          file: path,
          pointer: '',
          line: where?.line,
          hint: 'Fix the JSON syntax (a missing comma, quote or bracket near this line).',
        },
      };
    }
  }
  try {
    return { ok: true, data: load(text, { schema: YAML_SCHEMA }), format: 'yaml' };
  } catch (error) {
    return { ok: false, problem: yamlProblem(path, text, error) };
  }
}

const YAML_SCHEMA = CORE_SCHEMA.withTags(mergeTag);

/** Describes a YAML failure; the `yaml` package words syntax errors best, js-yaml is the fallback. */
function yamlProblem(path: string, text: string, error: unknown): Problem {
  const first = parseDocument(text).errors[0];
  const fallback = error instanceof YAMLException ? error.message : String(error);
  const mark = (error as { mark?: { line?: number } }).mark;
  return {
    severity: 'error',
    code: 'yaml-syntax',
    message: `YAML syntax error: ${(first?.message ?? fallback).split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
    file: path,
    pointer: '',
    line: first?.linePos?.[0].line ?? (mark?.line !== undefined ? mark.line + 1 : undefined),
    hint: 'Check the indentation, quoting and duplicate keys near this line.',
  };
}
