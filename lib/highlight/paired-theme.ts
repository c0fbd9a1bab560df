import type { ThemeRegistrationResolved } from 'shiki';

/**
 * One tokenization for two themes. Shiki's two-theme output tokenizes the code once per theme,
 * and tokenizing was a fifth of a reference page's build time. github-light and github-dark give
 * the same scopes, in the same order, the same font styles (only colours differ), so a theme whose
 * colour for each rule names its (light, dark) pair resolves every token to both colours at once.
 * `toDualThemeHtml` then writes the HTML shiki's two-theme rendering writes.
 */
export interface PairedTheme {
  theme: ThemeRegistrationResolved;
  /** Stand-in colour (upper case, as shiki writes token colours) to the two real ones. */
  pairs: Map<string, { light: string; dark: string }>;
  /** The `<pre>` opening tag of shiki's two-theme rendering. */
  preTag: string;
}

const THEME_NAME = 'portico-paired';

export function pairThemes(light: ThemeRegistrationResolved, dark: ThemeRegistrationResolved): PairedTheme {
  if (light.settings.length !== dark.settings.length || light.settings.some((rule, i) => JSON.stringify(rule.scope) !== JSON.stringify(dark.settings[i].scope) || (rule.settings.fontStyle ?? '') !== (dark.settings[i].settings.fontStyle ?? ''))) {
    throw new Error(`pairThemes: ${light.name} and ${dark.name} do not have the same rules`);
  }
  const pairs = new Map<string, { light: string; dark: string }>();
  const standIns = new Map<string, string>();
  const standIn = (lightColour: string, darkColour: string): string => {
    const key = `${lightColour.toUpperCase()};${darkColour.toUpperCase()}`;
    let colour = standIns.get(key);
    if (!colour) {
      colour = `#${(standIns.size + 1).toString(16).toUpperCase().padStart(6, '0')}`;
      standIns.set(key, colour);
      pairs.set(colour, { light: lightColour.toUpperCase(), dark: darkColour.toUpperCase() });
    }
    return colour;
  };
  const fg = standIn(light.fg, dark.fg);
  const settings: ThemeRegistrationResolved['settings'] = light.settings.map((rule, i) => {
    const other = dark.settings[i].settings;
    const { foreground, background, ...rest } = rule.settings;
    if (background !== undefined || other.background !== undefined) {
      // A colour with no pair: a token with a background makes toDualThemeHtml give up, and the caller renders twice.
      const unpaired = `#F${(i + 1).toString(16).toUpperCase().padStart(5, '0')}`;
      return { ...rule, settings: { ...rest, foreground: unpaired } };
    }
    if (foreground === undefined) return { ...rule, settings: rest };
    return { ...rule, settings: { ...rest, foreground: standIn(foreground, other.foreground ?? dark.fg) } };
  });
  // The first rule (no scope) carries the theme's default colours.
  settings[0] = { settings: { foreground: fg, background: light.bg } };
  const preTag = `<pre class="shiki shiki-themes ${light.name} ${dark.name}" style="--shiki-light:${light.fg};--shiki-dark:${dark.fg};--shiki-light-bg:${light.bg};--shiki-dark-bg:${dark.bg}" tabindex="0">`;
  return { theme: { ...light, name: THEME_NAME, fg, settings, colors: { ...light.colors, 'editor.foreground': fg } }, pairs, preTag };
}

const PRE_TAG = new RegExp(`^<pre class="shiki ${THEME_NAME}" style="[^"]*" tabindex="0">`);
const TOKEN_STYLE = /<span style="color:(#[0-9A-F]{6});?([^"]*)">/g;

/** Shiki's one-theme HTML under the paired theme, as its two-theme HTML; undefined when a token cannot be paired. */
export function toDualThemeHtml(html: string, paired: PairedTheme): string | undefined {
  if (!PRE_TAG.test(html)) return undefined;
  let complete = true;
  const body = html.replace(PRE_TAG, paired.preTag).replace(TOKEN_STYLE, (whole, colour: string, rest: string) => {
    const pair = paired.pairs.get(colour);
    if (!pair) {
      complete = false;
      return whole;
    }
    // `font-style:italic;font-weight:bold` becomes `--shiki-light-font-style:italic;…`, then the same for dark.
    const extra = (theme: string) => (rest ? rest.split(';').map((declaration) => `;--shiki-${theme}-${declaration}`).join('') : '');
    return `<span style="--shiki-light:${pair.light}${extra('light')};--shiki-dark:${pair.dark}${extra('dark')}">`;
  });
  return complete ? body : undefined;
}
