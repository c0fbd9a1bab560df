import type { FontRole } from '../content/portal-config';

/** A font file as published, with the face it provides. */
export interface PublishedFont {
  role: FontRole;
  /** The file's URL in the site, base path included. */
  url: string;
  /** `400`, or `100 900` for a variable font. */
  weight?: string;
  style?: 'normal' | 'italic';
}

const FAMILY: Record<FontRole, string> = { text: 'Portal Text', code: 'Portal Code' };
const VARIABLE: Record<FontRole, string> = { text: '--font', code: '--mono' };
const FALLBACK: Record<FontRole, string> = { text: '--font-system', code: '--mono-system' };
const FORMAT: Record<string, string> = { woff2: 'woff2', woff: 'woff', ttf: 'truetype', otf: 'opentype' };

/** A CSS string literal; `<` escaped too, since the sheet is inlined in a <style> element. */
const cssString = (text: string) => `"${text.replace(/["\\\n]/g, (c) => `\\${c === '\n' ? 'a ' : c}`).replaceAll('<', '\\3c ')}"`;

function fontFace(font: PublishedFont): string {
  const extension = font.url.slice(font.url.lastIndexOf('.') + 1).toLowerCase();
  const format = FORMAT[extension] ? ` format(${cssString(FORMAT[extension])})` : '';
  const rules = [
    `font-family:${cssString(FAMILY[font.role])}`,
    `src:url(${cssString(font.url)})${format}`,
    // Text shows at once in the fallback and swaps when the file arrives: no invisible text while it loads.
    'font-display:swap',
    font.weight ? `font-weight:${font.weight}` : '',
    font.style ? `font-style:${font.style}` : '',
  ];
  return `@font-face{${rules.filter(Boolean).join(';')}}`;
}

/**
 * The style sheet for a portal's own fonts: one `@font-face` per file, and the text or code
 * stack led by the family, the system fonts behind it. Empty without fonts.
 *
 * @example fontCss([{ role: 'text', url: '/brand/fonts-text-0.woff2' }])
 * // '@font-face{font-family:"Portal Text";src:url("/brand/fonts-text-0.woff2") format("woff2");font-display:swap}:root{--font:"Portal Text",var(--font-system)}'
 */
export function fontCss(fonts: readonly PublishedFont[]): string {
  if (fonts.length === 0) return '';
  const roles = [...new Set(fonts.map((font) => font.role))];
  const stacks = roles.map((role) => `${VARIABLE[role]}:${cssString(FAMILY[role])},var(${FALLBACK[role]})`);
  return `${fonts.map(fontFace).join('')}:root{${stacks.join(';')}}`;
}
