'use client';

import { useMemo } from 'react';
import { tokenizeJson } from '@/lib/tryit/tokenize-json';

/** JSON with token spans for colour; a light stand-in for a grammar highlighter. */
export function JsonCode({ text }: { text: string }) {
  const tokens = useMemo(() => tokenizeJson(text), [text]);
  return (
    <code>
      {tokens.map((token, i) => (token.type === 'space' || token.type === 'punctuation' ? token.text : <span key={i} className={`tryit-json-${token.type}`}>{token.text}</span>))}
    </code>
  );
}
