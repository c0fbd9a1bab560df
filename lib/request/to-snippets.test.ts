import { describe, expect, it } from 'vitest';
import type { PreparedRequest } from './types';
import { toSnippets } from './to-snippets';

const request: PreparedRequest = {
  method: 'POST',
  url: 'https://api.example.com/v1/pets?tags=a,b&limit=10',
  queryString: [
    { name: 'tags', value: 'a,b' },
    { name: 'limit', value: '10' },
  ],
  headers: [
    { name: 'Accept', value: 'application/json' },
    { name: 'Content-Type', value: 'application/json' },
    { name: 'X-Api-Key', value: 'KEY123', secret: true },
  ],
  cookies: [],
  body: { mediaType: 'application/json', text: '{"name":"Rex"}' },
};

describe('toSnippets', () => {
  const snippets = toSnippets(request);

  it('renders every language with a shiki language id', () => {
    expect(snippets.map((s) => s.id)).toEqual(['curl', 'javascript', 'node', 'python', 'go', 'java', 'ruby', 'php', 'csharp']);
    expect(snippets.map((s) => s.language)).toEqual(['bash', 'javascript', 'javascript', 'python', 'go', 'java', 'ruby', 'php', 'csharp']);
  });

  it.each(['curl', 'javascript', 'node', 'python', 'go', 'java', 'ruby', 'php', 'csharp'])('%s carries the method, the exact URL, the headers and the body', (id) => {
    const code = snippets.find((s) => s.id === id)?.code ?? '';
    expect(code).toMatch(/post/i);
    expect(code).toContain('https://api.example.com/v1/pets?tags=a,b&limit=10');
    expect(code).toContain('X-Api-Key');
    expect(code).toContain('KEY123');
    expect(code).toMatch(/Rex/);
  });

  it('handles GET without a body, form bodies and cookies', () => {
    const get = toSnippets({ method: 'GET', url: 'https://api.example.com/a', queryString: [], headers: [], cookies: [{ name: 's', value: '1' }] });
    expect(get.find((s) => s.id === 'python')?.code).toContain('requests.get');
    expect(get.find((s) => s.id === 'curl')?.code).toContain(`--cookie 's=1'`);
    const form = toSnippets({
      ...request,
      headers: [],
      body: { mediaType: 'multipart/form-data', fields: [{ name: 'note', value: 'hi' }, { name: 'photo', file: { name: 'cat.png', type: 'image/png', size: 3 } }] },
    });
    expect(form.find((s) => s.id === 'python')?.code).toContain('cat.png');
    expect(form.find((s) => s.id === 'curl')?.code).toContain(`--form-string 'note=hi'`);
  });
});

describe('toSnippets with multipart', () => {
  it('keeps the multipart boundary header for targets that write the body by hand', () => {
    const snippets = toSnippets({
      method: 'POST',
      url: 'https://a.io/x',
      queryString: [],
      cookies: [],
      headers: [],
      body: { mediaType: 'multipart/form-data', fields: [{ name: 'note', value: 'hi' }] },
    });
    for (const id of ['go', 'java', 'ruby']) {
      expect(snippets.find((s) => s.id === id)?.code, id).toContain('multipart/form-data; boundary=');
    }
    expect(snippets.find((s) => s.id === 'javascript')?.code).not.toContain('boundary=');
  });
});
