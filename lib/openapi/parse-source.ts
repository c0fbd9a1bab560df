import { CORE_SCHEMA, load, mergeTag, YAMLException } from 'js-yaml';
import { parseDocument } from 'yaml';
import { JSON_ERROR_WORDS, parseJsonText } from '../json/locate-json-error';
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
const KNOWN_JSON_ERRORS = new Set(Object.values(JSON_ERROR_WORDS));

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
      // jsonc-parser's codes are worded by us; anything else (JSON.parse's own message) may quote the text.
      const what = where && KNOWN_JSON_ERRORS.has(where.message) ? where.message : 'invalid JSON';
      return {
        ok: false,
        problem: {
          severity: 'error',
          code: 'json-syntax',
          message: where ? `JSON syntax error at line ${where.line}, column ${where.column}: ${what}` : 'JSON syntax error',
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

/**
 * What each `yaml` error code means, in words of our own: the package's messages are
 * followed by a code frame and some quote the text, and a referenced file must never
 * leak into a report or a page.
 */
const YAML_CODES: Record<string, string> = {
  ALIAS_PROPS: 'an alias cannot have an anchor or a tag',
  BAD_ALIAS: 'an alias names no anchor defined before it',
  BAD_DIRECTIVE: 'invalid directive',
  BAD_DQ_ESCAPE: 'invalid escape in a double-quoted string',
  BAD_INDENT: 'bad indentation',
  BAD_PROP_ORDER: 'anchors and tags must come before the value',
  BAD_SCALAR_START: 'a plain value cannot start with this character (quote it)',
  BLOCK_AS_IMPLICIT_KEY: 'a nested mapping or list cannot be a key on one line',
  BLOCK_IN_FLOW: 'block content inside [ ] or { }',
  DUPLICATE_KEY: 'duplicate key',
  IMPOSSIBLE: 'the document cannot be parsed',
  KEY_OVER_1024_CHARS: 'a one-line key longer than 1024 characters',
  MISSING_CHAR: 'missing closing quote or bracket',
  MULTILINE_IMPLICIT_KEY: 'a key spans more than one line',
  MULTIPLE_ANCHORS: 'more than one anchor on one value',
  MULTIPLE_DOCS: 'more than one document in the file',
  MULTIPLE_TAGS: 'more than one tag on one value',
  NON_STRING_KEY: 'a key that is not a string',
  RESOURCE_EXHAUSTION: 'too many aliases (expansion limit reached)',
  TAB_AS_INDENT: 'a tab used for indentation',
  TAG_RESOLVE_FAILED: 'a value does not match its tag',
  UNEXPECTED_TOKEN: 'unexpected content',
  BAD_COLLECTION_TYPE: 'a tag that does not fit its collection',
};

/** js-yaml's reason without the names it quotes from the text (an alias, a tag). */
function reasonWithoutQuotes(reason: string): string {
  return reason
    .replace(/"[^"]*"/g, '')
    .replace(/!<[^>]*>/g, '')
    .replace(/!\S*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Describes a YAML failure by file, line, column and what is wrong, never quoting
 * the text: the `yaml` package places syntax errors best, js-yaml is the fallback.
 */
function yamlProblem(path: string, text: string, error: unknown): Problem {
  const first = parseDocument(text).errors[0];
  const mark = (error as { mark?: { line?: number; column?: number } }).mark;
  const reason = error instanceof YAMLException ? reasonWithoutQuotes(error.reason ?? '') : '';
  const what = first ? (YAML_CODES[first.code] ?? 'invalid YAML') : reason || 'invalid YAML';
  const line = first?.linePos?.[0].line ?? (mark?.line !== undefined ? mark.line + 1 : undefined);
  const column = first?.linePos?.[0].col ?? (mark?.column !== undefined ? mark.column + 1 : undefined);
  const where = line !== undefined ? ` at line ${line}${column !== undefined ? `, column ${column}` : ''}` : '';
  return {
    severity: 'error',
    code: 'yaml-syntax',
    message: `YAML syntax error${where}: ${what}`,
    file: path,
    pointer: '',
    line,
    hint: 'Check the indentation, quoting and duplicate keys near this line.',
  };
}
