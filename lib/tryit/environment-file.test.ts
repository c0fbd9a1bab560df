import { describe, expect, it } from 'vitest';
import { exportEnvironments, importEnvironments, mergeEnvironments } from './environment-file';
import type { Environment } from './environments';

const environments: Environment[] = [
  { id: 'e1', name: 'Staging', server: 'custom', baseUrl: 'https://staging.example.org', variables: { region: 'us' }, parameters: { owner: 'octocat', labels: ['a', 'b'] } },
  { id: 'e2', name: 'Mock', server: 'mock', variables: {}, parameters: { draft: true } },
];

describe('environment files', () => {
  it('round-trips environments without ids and says credentials are left out', () => {
    const text = exportEnvironments('bookshelf', environments);
    expect(text).not.toContain('e1');
    expect(JSON.parse(text).note).toMatch(/Credentials are never exported/);
    expect(importEnvironments(text, 'bookshelf')).toEqual({ ok: true, environments: environments.map((e) => ({ name: e.name, server: e.server, ...(e.baseUrl ? { baseUrl: e.baseUrl } : {}), variables: e.variables, parameters: e.parameters })) });
  });

  it('names what is wrong with a bad file', () => {
    expect(importEnvironments('{"format": ', 'bookshelf')).toEqual({ ok: false, errors: [expect.stringMatching(/^The file is not JSON: /)] });
    expect(importEnvironments('[1, 2]', 'bookshelf')).toEqual({ ok: false, errors: [expect.stringMatching(/not an environments file/)] });
    const other = exportEnvironments('petstore', environments);
    expect(importEnvironments(other, 'bookshelf')).toEqual({ ok: false, errors: ['api: the file holds environments of API "petstore", not of this API ("bookshelf").'] });
    const bad = JSON.stringify({
      format: 'portico-environments',
      version: 1,
      api: 'bookshelf',
      environments: [{ name: '' }, { name: 'X', server: -1, baseUrl: 'javascript:alert(1)', variables: { a: 1 }, parameters: { limit: { deep: 1 } } }],
    });
    expect(importEnvironments(bad, 'bookshelf')).toEqual({
      ok: false,
      errors: [
        'environments[0].name: expected a name of 1 to 80 characters',
        'environments[1].server: expected a server number (0, 1, ...), "mock" or "custom"',
        'environments[1].baseUrl: expected an http(s) URL',
        'environments[1].variables.a: expected text',
        'environments[1].parameters.limit: expected text, true/false or a list of texts',
      ],
    });
    expect(importEnvironments(JSON.stringify({ format: 'portico-environments', version: 2, api: 'bookshelf', environments: [] }), 'bookshelf').ok).toBe(false);
  });

  it('drops secret-named parameters a hand-made file carries', () => {
    const text = JSON.stringify({ format: 'portico-environments', version: 1, api: 'bookshelf', environments: [{ name: 'A', parameters: { api_key: 'k', owner: 'o' }, credentials: { token: 't' } }] });
    expect(importEnvironments(text, 'bookshelf')).toEqual({ ok: true, environments: [{ name: 'A', variables: {}, parameters: { owner: 'o' } }] });
  });

  it('merges by name, keeping the stored id so per-environment credentials stay attached', () => {
    const merged = mergeEnvironments({ active: 'e1', environments }, [{ name: 'Staging', variables: {}, parameters: { owner: 'new' } }, { name: 'Prod', variables: {}, parameters: {} }]);
    expect(merged.active).toBe('e1');
    expect(merged.environments.map((e) => [e.name, e.id === 'e1' || e.id === 'e2' ? e.id : 'new-id'])).toEqual([
      ['Staging', 'e1'],
      ['Mock', 'e2'],
      ['Prod', 'new-id'],
    ]);
    expect(merged.environments[0].parameters).toEqual({ owner: 'new' });
  });
});
