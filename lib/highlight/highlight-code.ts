import { createHighlighter, createJavaScriptRegexEngine, type Highlighter, type ShikiTransformer } from 'shiki';
import { pairThemes, toDualThemeHtml, type PairedTheme } from './paired-theme';

/**
 * The languages pages actually use. Loading all ~230 grammars made each page
 * ~15x slower in a trial, so unknown languages fall back to plain text.
 */
export const HIGHLIGHT_LANGUAGES = [
  'bash', 'shell', 'json', 'jsonc', 'yaml', 'xml', 'html', 'css', 'javascript', 'typescript', 'jsx', 'tsx',
  'python', 'go', 'java', 'ruby', 'php', 'csharp', 'http', 'markdown', 'mdx', 'sql', 'graphql', 'kotlin', 'swift', 'rust', 'c', 'ini', 'toml', 'diff',
] as const;

const LANGUAGE_ALIASES: Record<string, string> = {
  sh: 'bash', zsh: 'bash', curl: 'bash', console: 'bash', js: 'javascript', node: 'javascript', ts: 'typescript',
  py: 'python', rb: 'ruby', cs: 'csharp', 'c#': 'csharp', golang: 'go', yml: 'yaml', md: 'markdown', kt: 'kotlin', rs: 'rust',
};

// One highlighter per process: creating it costs ~100ms, highlighting a block ~1ms.
// The JavaScript regex engine highlighted our code samples ~25% faster than Oniguruma (WASM) here;
// `forgiving` skips the rare grammar rule it cannot translate instead of throwing.
let highlighterPromise: Promise<{ highlighter: Highlighter; paired: PairedTheme }> | undefined;
function getHighlighter(): Promise<{ highlighter: Highlighter; paired: PairedTheme }> {
  highlighterPromise ??= (async () => {
    const highlighter = await createHighlighter({
      themes: ['github-light', 'github-dark'],
      langs: [...HIGHLIGHT_LANGUAGES],
      engine: createJavaScriptRegexEngine({ forgiving: true }),
    });
    const paired = pairThemes(highlighter.getTheme('github-light'), highlighter.getTheme('github-dark'));
    await highlighter.loadTheme(paired.theme);
    return { highlighter, paired };
  })();
  return highlighterPromise;
}

export function normalizeLanguage(lang: string | undefined): string {
  const lower = (lang ?? '').toLowerCase();
  const name = LANGUAGE_ALIASES[lower] ?? lower;
  return (HIGHLIGHT_LANGUAGES as readonly string[]).includes(name) ? name : 'text';
}

/** Parses `{1,3-4}` style line ranges into a set of 1-based line numbers. */
export function parseLineRanges(spec: string | undefined): Set<number> {
  const lines = new Set<number>();
  for (const part of (spec ?? '').replace(/[{}]/g, '').split(',')) {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(part);
    if (!match) continue;
    const from = Number(match[1]);
    const to = Math.min(Number(match[2] ?? match[1]), from + 10_000);
    for (let line = from; line <= to; line++) lines.add(line);
  }
  return lines;
}

function markLines(lines: Set<number>): ShikiTransformer {
  return {
    line(node, line) {
      if (lines.has(line)) this.addClassToHast(node, 'highlighted');
    },
  };
}

export interface HighlightOptions {
  lang?: string;
  /** Line ranges such as `{1,3-4}`. */
  highlightLines?: string;
}

/**
 * Code to HTML with both themes as CSS variables (`--shiki-light`/`--shiki-dark`),
 * so one render serves light and dark mode. Shiki escapes the code, so untrusted
 * examples from specs are safe here.
 */
export async function highlightCode(code: string, options: HighlightOptions = {}): Promise<string> {
  const { highlighter, paired } = await getHighlighter();
  const common = {
    lang: normalizeLanguage(options.lang),
    // Shiki stops tokenizing a line after 500 ms of wall time by default: on a loaded build machine
    // that cut lines short at random, and with two themes tokenized apart, coloured them out of step.
    // A build must give the same HTML every time.
    tokenizeTimeLimit: 0,
    transformers: [markLines(parseLineRanges(options.highlightLines))],
  };
  // Shiki tokenizes once per theme; the paired theme gives both themes' colours in one pass (a
  // fifth of each page's build time was tokenizing). Tokens it cannot pair (diff backgrounds) fall
  // back to shiki's own two-theme rendering.
  const single = toDualThemeHtml(highlighter.codeToHtml(code, { ...common, theme: paired.theme.name }), paired);
  return single ?? highlighter.codeToHtml(code, { ...common, themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false });
}
