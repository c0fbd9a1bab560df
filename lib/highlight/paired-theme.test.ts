import { createHighlighter, createJavaScriptRegexEngine, type Highlighter } from 'shiki';
import { beforeAll, describe, expect, it } from 'vitest';
import { pairThemes, toDualThemeHtml, type PairedTheme } from './paired-theme';

// One sample per kind of token the reference pages and guides highlight, with font styles (Markdown) too.
const SAMPLES: [string, string][] = [
  ['json', '{\n  "id": 42,\n  "name": "Dune \\"1965\\"",\n  "tags": [true, null, -1.5e3]\n}'],
  ['bash', 'curl -X POST "https://api.example.com/books?limit=10" \\\n  -H "Authorization: Bearer $TOKEN" \\\n  --data \'{"a":1}\' # send'],
  ['javascript', 'const res = await fetch(`${base}/books`, { method: "POST" }); // go\nif (/^a+$/.test(x)) console.log(res.status);'],
  ['python', 'import requests\n\nr = requests.get("https://x", params={"q": 1})\nprint(r.json()["id"])  # done'],
  ['go', 'package main\n\nfunc main() {\n\treq, _ := http.NewRequest("GET", url, nil)\n\tfmt.Println(req)\n}'],
  ['java', 'HttpRequest request = HttpRequest.newBuilder().uri(URI.create("https://x")).build();'],
  ['csharp', 'var client = new HttpClient();\nvar response = await client.SendAsync(request);'],
  ['ruby', 'require "net/http"\nputs Net::HTTP.get(URI("https://x")) # ok'],
  ['php', '<?php\n$curl = curl_init();\ncurl_setopt_array($curl, [CURLOPT_URL => "https://x"]);'],
  ['yaml', 'openapi: 3.1.0\ninfo:\n  title: Books # the API\n  version: "1.0"'],
  ['markdown', '# Title\n\n*it* **bold** `code` [link](https://x) ~~gone~~\n\n> quote'],
  ['html', '<a href="https://x" class="y">z &amp; w</a>'],
];

describe('paired theme', () => {
  let highlighter: Highlighter;
  let paired: PairedTheme;
  beforeAll(async () => {
    highlighter = await createHighlighter({ themes: ['github-light', 'github-dark'], langs: [...new Set(SAMPLES.map(([lang]) => lang)), 'diff'], engine: createJavaScriptRegexEngine({ forgiving: true }) });
    paired = pairThemes(highlighter.getTheme('github-light'), highlighter.getTheme('github-dark'));
    await highlighter.loadTheme(paired.theme);
  });
  const dual = (code: string, lang: string) => highlighter.codeToHtml(code, { lang, themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false });

  it.each(SAMPLES)('writes what two-theme highlighting writes (%s), tokenizing once', (lang, code) => {
    const once = toDualThemeHtml(highlighter.codeToHtml(code, { lang, theme: paired.theme.name }), paired);
    expect(once).toBe(dual(code, lang));
  });

  it('gives up on tokens with a background colour, so the caller renders with both themes', () => {
    const html = highlighter.codeToHtml('--- a\n+++ b\n- old\n+ new', { lang: 'diff', theme: paired.theme.name });
    expect(toDualThemeHtml(html, paired)).toBeUndefined();
  });

  it('refuses two themes whose rules differ', () => {
    const light = highlighter.getTheme('github-light');
    expect(() => pairThemes(light, { ...light, settings: light.settings.slice(1) })).toThrow(/same rules/);
  });
});
