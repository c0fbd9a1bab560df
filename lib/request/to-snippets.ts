import { HTTPSnippet } from '@readme/httpsnippet';
import { toCurl } from './to-curl';
import type { PreparedRequest } from './types';
import { toHar } from './to-har';

export interface CodeSnippet {
  /** Stable id, usable as a tab key: `curl`, `javascript`, `node`, `python`, ... */
  id: string;
  label: string;
  /** A shiki language id. */
  language: string;
  code: string;
}

type TargetId = Parameters<HTTPSnippet['convert']>[0];

interface SnippetTarget {
  id: string;
  label: string;
  language: string;
  target: TargetId;
  client: string;
}

/** Clients that need no third-party library where the language has a good built-in one. */
export const SNIPPET_TARGETS: readonly SnippetTarget[] = [
  { id: 'javascript', label: 'JavaScript', language: 'javascript', target: 'javascript', client: 'fetch' },
  { id: 'node', label: 'Node.js', language: 'javascript', target: 'node', client: 'fetch' },
  { id: 'python', label: 'Python', language: 'python', target: 'python', client: 'requests' },
  { id: 'go', label: 'Go', language: 'go', target: 'go', client: 'native' },
  { id: 'java', label: 'Java', language: 'java', target: 'java', client: 'nethttp' },
  { id: 'ruby', label: 'Ruby', language: 'ruby', target: 'ruby', client: 'native' },
  { id: 'php', label: 'PHP', language: 'php', target: 'php', client: 'curl' },
  { id: 'csharp', label: 'C#', language: 'csharp', target: 'csharp', client: 'httpclient' },
];

/**
 * Code samples for one prepared request. The curl sample is `toCurl` (the same
 * text as the console's curl view, with `--globoff` and `--form-string`, which
 * httpsnippet's curl target lacks); the others come from @readme/httpsnippet.
 * A target that fails is left out rather than failing the page build.
 */
export function toSnippets(request: PreparedRequest): CodeSnippet[] {
  const snippets: CodeSnippet[] = [{ id: 'curl', label: 'cURL', language: 'bash', code: toCurl(request, { maskSecrets: false }) }];
  const har = toHar(request);
  for (const target of SNIPPET_TARGETS) {
    try {
      // One instance per target: some targets (javascript/fetch for multipart) edit the shared prepared headers in place.
      const snippet = new HTTPSnippet(structuredClone(har), { harIsAlreadyEncoded: true });
      const [code] = snippet.convert(target.target, target.client, { indent: '  ' });
      if (typeof code === 'string') snippets.push({ id: target.id, label: target.label, language: target.language, code });
    } catch {
      // httpsnippet throws on some unusual inputs for one language; the others still help.
    }
  }
  return snippets;
}
