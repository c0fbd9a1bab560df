import { describe, expect, it } from 'vitest';
import { accentCss, accentPalette, contrastRatio, ensureContrast, MIN_TEXT_CONTRAST, parseCssColor, THEME_BACKGROUNDS } from './accent-palette';

const rgb = (hex: string) => parseCssColor(hex)!;

describe('parseCssColor', () => {
  it('reads hex, rgb() and hsl()', () => {
    expect(parseCssColor('#0a7')).toEqual({ r: 0, g: 170, b: 119 });
    expect(parseCssColor('#0F766E')).toEqual({ r: 15, g: 118, b: 110 });
    expect(parseCssColor('rgb(15, 118, 110)')).toEqual({ r: 15, g: 118, b: 110 });
    expect(parseCssColor('rgb(15 118 110)')).toEqual({ r: 15, g: 118, b: 110 });
    expect(parseCssColor('hsl(0 100% 50%)')).toEqual({ r: 255, g: 0, b: 0 });
  });

  it('refuses what is not an opaque colour it knows', () => {
    for (const text of ['teal', '#12345', 'rgb(300 0 0)', 'url(x)', '#0f766e; } body { display:none', '']) {
      expect(parseCssColor(text), text).toBeUndefined();
    }
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio(rgb('#000'), rgb('#fff'))).toBeCloseTo(21, 1);
    expect(contrastRatio(rgb('#fff'), rgb('#fff'))).toBeCloseTo(1, 5);
    expect(contrastRatio(rgb('#767676'), rgb('#fff'))).toBeCloseTo(4.54, 2);
  });
});

describe('accentPalette', () => {
  const light = rgb(THEME_BACKGROUNDS.light);
  const dark = rgb(THEME_BACKGROUNDS.dark);

  it('keeps a colour that already reads on white', () => {
    expect(accentPalette('#0f766e')!.light.accent).toBe('#0f766e');
  });

  it('darkens a pale colour for the light theme and lightens a dark one for the dark theme', () => {
    for (const color of ['#ffcc00', '#0f766e', '#1a1a80', '#ff00ff', '#777777']) {
      const palette = accentPalette(color)!;
      expect(contrastRatio(rgb(palette.light.accent), light), color).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      expect(contrastRatio(rgb(palette.dark.accent), dark), color).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      // The active sidebar item: accent text on the soft tint.
      expect(contrastRatio(rgb(palette.light.accent), rgb(palette.light.accentSoft)), color).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      expect(contrastRatio(rgb(palette.dark.accent), rgb(palette.dark.accentSoft)), color).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      // Button labels on the filled accent.
      expect(contrastRatio(rgb(palette.light.onAccent), rgb(palette.light.accent)), color).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
      expect(contrastRatio(rgb(palette.dark.onAccent), rgb(palette.dark.accent)), color).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
  });

  it('gives dark text on a light accent button in the dark theme', () => {
    expect(accentPalette('#0f766e')!.dark.onAccent).toBe('#0d1117');
  });

  it('returns undefined for a value that is not a colour', () => {
    expect(accentPalette('nope')).toBeUndefined();
  });

  it('writes both themes and the system-dark fallback as custom properties', () => {
    const css = accentCss(accentPalette('#0f766e')!);
    expect(css).toContain(':root{--accent:#0f766e;');
    expect(css).toContain(":root[data-theme='dark']{--accent:");
    expect(css).toContain('@media (prefers-color-scheme: dark)');
  });
});

describe('ensureContrast', () => {
  it('leaves a readable colour alone', () => {
    expect(ensureContrast(rgb('#000000'), rgb('#ffffff'))).toEqual(rgb('#000000'));
  });
});
