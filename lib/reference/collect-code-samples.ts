import { slugify } from '../openapi/assign-slugs';
import type { CodeSample } from '../openapi/types';

export interface CodeSampleTab {
  /** Shared across pages, so a reader's choice of language carries over: `curl`, `python`, ... */
  id: string;
  label: string;
  /** A shiki language id (or an alias `normalizeLanguage` knows). */
  lang: string;
  code: string;
  source: 'spec' | 'generated';
}

export interface GeneratedSnippet {
  id: string;
  label: string;
  language: string;
  code: string;
}

const LANGUAGE_IDS: Record<string, string> = {
  curl: 'curl', shell: 'curl', sh: 'curl', bash: 'curl', console: 'curl',
  javascript: 'javascript', js: 'javascript', fetch: 'javascript',
  node: 'node', nodejs: 'node', 'node.js': 'node',
  python: 'python', py: 'python', python3: 'python',
  go: 'go', golang: 'go',
  java: 'java', ruby: 'ruby', rb: 'ruby', php: 'php',
  csharp: 'csharp', 'c#': 'csharp', cs: 'csharp', '.net': 'csharp',
};

const SHIKI_LANGS: Record<string, string> = { curl: 'bash', node: 'javascript' };

/** `cURL` and `Shell` are the curl tab; `Go` and `golang` the go tab; unknown languages get their own id. */
export function codeSampleId(lang: string): string {
  const lower = lang.trim().toLowerCase();
  return LANGUAGE_IDS[lower] ?? (slugify(lower) || 'code');
}

/**
 * The code-sample tabs of an operation: the spec's own `x-codeSamples` first
 * (they know the API's SDKs), then generated snippets for the languages the
 * spec does not cover. Tab ids are unique; a second spec sample in one
 * language gets `-2`.
 */
export function collectCodeSamples(specSamples: readonly CodeSample[], generated: readonly GeneratedSnippet[]): CodeSampleTab[] {
  const tabs: CodeSampleTab[] = [];
  const taken = new Set<string>();
  for (const sample of specSamples) {
    const base = codeSampleId(sample.lang);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    tabs.push({ id, label: sample.label ?? sample.lang, lang: SHIKI_LANGS[base] ?? sample.lang, code: sample.source, source: 'spec' });
  }
  for (const snippet of generated) {
    if (taken.has(snippet.id)) continue;
    taken.add(snippet.id);
    tabs.push({ id: snippet.id, label: snippet.label, lang: snippet.language, code: snippet.code, source: 'generated' });
  }
  return tabs;
}
