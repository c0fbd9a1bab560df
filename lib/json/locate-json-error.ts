import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export interface JsonSyntaxError {
  message: string;
  /** 1-based. */
  line: number;
  column: number;
  offset: number;
}

/** How each jsonc-parser error code reads in a message (none quotes the text). */
export const JSON_ERROR_WORDS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected "," or a closing bracket',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'control character in a string (escape it)',
};

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/**
 * Parses strict JSON. Browsers word and place `JSON.parse` errors differently
 * (Safari gives no position), so jsonc-parser finds the first error's offset.
 */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError } {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const first = errors[0];
    const code = printParseErrorCode(first.error);
    const { line, column } = position(text, first.offset);
    return { ok: false, error: { message: JSON_ERROR_WORDS[code] ?? code, line, column, offset: first.offset } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: { message: (error as Error).message, line: 1, column: 1, offset: 0 } };
  }
}
