export type JsonTokenType = 'key' | 'string' | 'number' | 'literal' | 'punctuation' | 'space';

export interface JsonToken {
  type: JsonTokenType;
  text: string;
}

// One alternative per token type; strings first so that digits or `true` inside them stay strings.
const TOKEN = /("(?:[^"\\\n]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|([{}[\],:])|(\s+)|([^\s"{}[\],:]+|")/g;

/**
 * Splits JSON text into tokens for a light highlighter (no grammar engine in
 * the browser). Any text is accepted: what is not JSON comes out as plain
 * `space`/`punctuation` tokens, and joining the tokens gives the text back.
 */
export function tokenizeJson(text: string): JsonToken[] {
  const tokens: JsonToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const [whole, string, colon, number, literal, punctuation, space] = match;
    if (string !== undefined) {
      tokens.push({ type: colon ? 'key' : 'string', text: string });
      if (colon) tokens.push({ type: 'punctuation', text: colon });
    } else if (number !== undefined) tokens.push({ type: 'number', text: number });
    else if (literal !== undefined) tokens.push({ type: 'literal', text: literal });
    else if (punctuation !== undefined) tokens.push({ type: 'punctuation', text: punctuation });
    else if (space !== undefined) tokens.push({ type: 'space', text: space });
    else tokens.push({ type: 'punctuation', text: whole });
  }
  return tokens;
}
