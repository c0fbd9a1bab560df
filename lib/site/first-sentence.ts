/** Markdown (as written in specs) reduced to one line of plain text. */
export function toPlainLine(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*`~]/g, '')
    // An underscore inside a word is part of a name (`per_page`); at a word's edge it marks emphasis.
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first sentence of plain text, at most `maxLength` characters, ending in `cutMark` when cut
 * (search passes `''`: it only splits the text into words). A period followed by a space ends a
 * sentence; `e.g. this` is a known miss.
 */
export function firstSentence(text: string, maxLength = 160, cutMark = '…'): string {
  const match = /^(.+?[.!?])(\s|$)/s.exec(text);
  const sentence = (match ? match[1] : text).trim();
  return sentence.length <= maxLength ? sentence : `${sentence.slice(0, maxLength - cutMark.length).trimEnd()}${cutMark}`;
}

/** A description in Markdown as the one line a page's summary shows (search result, meta description, llms.txt). */
export function summaryOf(markdown: string | undefined, maxLength = 160): string | undefined {
  return firstSentence(toPlainLine(markdown ?? ''), maxLength) || undefined;
}
