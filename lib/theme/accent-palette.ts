/**
 * The brand colour of a portal (`accentColor` in the config) turned into the colours the two
 * themes use, each checked for contrast (WCAG 2.1) at build time, so a team can pick any colour
 * and links, the active sidebar item and buttons stay readable in light and dark.
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The colours one theme needs from the accent. */
export interface AccentColors {
  /** Links, active items, focus rings: at least 4.5:1 against the theme's background. */
  accent: string;
  /** A tinted background (active sidebar item, highlighted lines) on which `accent` is still 4.5:1. */
  accentSoft: string;
  /** Text on a button filled with `accent`: white or near-black, whichever contrasts more. */
  onAccent: string;
}

export interface AccentPalette {
  light: AccentColors;
  dark: AccentColors;
}

/** The page backgrounds of the two themes (globals.css `--bg`). */
export const THEME_BACKGROUNDS = { light: '#ffffff', dark: '#0d1117' } as const;
/** WCAG AA for normal text. */
export const MIN_TEXT_CONTRAST = 4.5;

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGB = /^rgb\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*\)$/i;
const HSL = /^hsl\(\s*(-?\d+(?:\.\d+)?)(?:deg)?[\s,]+(\d+(?:\.\d+)?)%[\s,]+(\d+(?:\.\d+)?)%\s*\)$/i;

/**
 * Parses the CSS colour forms a config is likely to hold: `#rgb`, `#rrggbb`, `rgb(r g b)` /
 * `rgb(r, g, b)` and `hsl(h s% l%)`. Named colours and alpha are not accepted: a brand colour
 * is opaque, and one exact form keeps the error message simple.
 * @example parseCssColor('#0a7') // { r: 0, g: 170, b: 119 }
 */
export function parseCssColor(text: string): Rgb | undefined {
  const value = text.trim();
  const hex = HEX.exec(value);
  if (hex) {
    const digits = hex[1].length === 3 ? [...hex[1]].map((digit) => digit + digit).join('') : hex[1];
    return { r: parseInt(digits.slice(0, 2), 16), g: parseInt(digits.slice(2, 4), 16), b: parseInt(digits.slice(4, 6), 16) };
  }
  const rgb = RGB.exec(value);
  if (rgb) {
    const [r, g, b] = rgb.slice(1, 4).map(Number);
    return [r, g, b].every((channel) => channel <= 255) ? { r, g, b } : undefined;
  }
  const hsl = HSL.exec(value);
  if (hsl) {
    const [h, s, l] = hsl.slice(1, 4).map(Number);
    return s <= 100 && l <= 100 ? hslToRgb(((h % 360) + 360) % 360, s / 100, l / 100) : undefined;
  }
  return undefined;
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1))));
  return { r: f(0), g: f(8), b: f(4) };
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

function luminance({ r, g, b }: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `from` moved towards `to` by `amount` (0..1). */
function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return { r: from.r + (to.r - from.r) * amount, g: from.g + (to.g - from.g) * amount, b: from.b + (to.b - from.b) * amount };
}

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const NEAR_BLACK: Rgb = { r: 13, g: 17, b: 23 };

function rgbToHsl({ r, g, b }: Rgb): [number, number, number] {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === rn ? (gn - bn) / d + (gn < bn ? 6 : 0) : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  return [h * 60, s, l];
}

/**
 * The colour closest to `color` that reaches `minimum` contrast against `background`: first by
 * changing only its lightness (darker on a light background, lighter on a dark one), which keeps
 * the hue and saturation a brand is recognised by; else mixed towards black or white.
 */
export function ensureContrast(color: Rgb, background: Rgb, minimum = MIN_TEXT_CONTRAST): Rgb {
  if (contrastRatio(color, background) >= minimum) return color;
  const darker = luminance(background) > 0.5;
  const [h, s, l] = rgbToHsl(color);
  for (let step = 1; step <= 40; step++) {
    const lightness = darker ? l - (l * step) / 40 : l + ((1 - l) * step) / 40;
    const candidate = hslToRgb(h, s, lightness);
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  const target = darker ? BLACK : WHITE;
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(color, target, step / 20);
    const rounded = { r: Math.round(candidate.r), g: Math.round(candidate.g), b: Math.round(candidate.b) };
    if (contrastRatio(rounded, background) >= minimum) return rounded;
  }
  return target;
}

function colorsFor(brand: Rgb, background: Rgb, softAmount: number): AccentColors {
  const accent = ensureContrast(brand, background);
  // The soft tint is the brand faded into the background; the accent must stay readable on it.
  const soft = mix(background, brand, softAmount);
  const softRounded = { r: Math.round(soft.r), g: Math.round(soft.g), b: Math.round(soft.b) };
  const accentOnSoft = ensureContrast(accent, softRounded);
  const onAccent = contrastRatio(WHITE, accentOnSoft) >= contrastRatio(NEAR_BLACK, accentOnSoft) ? WHITE : NEAR_BLACK;
  return { accent: toHex(accentOnSoft), accentSoft: toHex(softRounded), onAccent: toHex(onAccent) };
}

/**
 * The light and dark variants of a brand colour. The light theme keeps the colour (darkened if
 * it is too pale to read on white), the dark theme lightens it until it reads on the dark page.
 * @example accentPalette('#ffcc00').light.accent // a darker yellow that passes 4.5:1 on white
 */
export function accentPalette(color: string): AccentPalette | undefined {
  const brand = parseCssColor(color);
  if (!brand) return undefined;
  const light = parseCssColor(THEME_BACKGROUNDS.light)!;
  const dark = parseCssColor(THEME_BACKGROUNDS.dark)!;
  return { light: colorsFor(brand, light, 0.12), dark: colorsFor(brand, dark, 0.22) };
}

/** The custom properties of both themes as a style sheet (the dark one also when no theme is set and the system is dark). */
export function accentCss(palette: AccentPalette): string {
  const vars = (colors: AccentColors) => `--accent:${colors.accent};--accent-soft:${colors.accentSoft};--on-accent:${colors.onAccent};`;
  return (
    `:root{${vars(palette.light)}}` +
    `:root[data-theme='dark']{${vars(palette.dark)}}` +
    `@media (prefers-color-scheme: dark){:root:not([data-theme]){${vars(palette.dark)}}}`
  );
}
