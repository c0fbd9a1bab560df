import { describe, expect, it } from 'vitest';
import type { FieldSpec } from './describe-field';
import { applyEnvironment, captureEnvironment, parseEnvironmentStore, type ConsoleShape, type ConsoleValues, type Environment } from './environments';

const field = (location: FieldSpec['location'], name: string, kind: FieldSpec['kind'] = 'text'): FieldSpec => ({ location, name, kind, required: false });

const shape: ConsoleShape = {
  parameters: [field('path', 'owner'), field('path', 'repo'), field('query', 'per_page', 'integer'), field('query', 'labels', 'array'), field('header', 'X-API-Key'), field('cookie', 'theme')],
  servers: [{ variables: {} }, { variables: { region: {}, version: {} } }],
  mockIndex: -2,
};

const blank: ConsoleValues = { drafts: { 'path.owner': '', 'query.per_page': '30' }, server: { index: 0, variables: { 1: { region: 'eu', version: 'v1' } }, customUrl: '' } };

const staging: Environment = {
  id: 'e1',
  name: 'Staging',
  server: 1,
  variables: { region: 'us', unknown: 'x' },
  parameters: { owner: 'octocat', repo: 'hello', labels: ['bug'], per_page: ['not', 'a', 'number'], 'X-API-Key': 'leak', theme: 'dark' },
};

describe('applyEnvironment', () => {
  it('fills parameters by name, the server and its variables, and leaves the rest as it was', () => {
    const applied = applyEnvironment(staging, blank, shape);
    expect(applied.drafts).toEqual({ 'path.owner': 'octocat', 'path.repo': 'hello', 'query.labels': ['bug'], 'query.per_page': '30' });
    expect(applied.server).toEqual({ index: 1, variables: { 1: { region: 'us', version: 'v1' } }, customUrl: '' });
    expect(blank.drafts['path.owner']).toBe('');
  });

  it('chooses the mock or a custom base URL, and ignores a server this API lacks', () => {
    expect(applyEnvironment({ ...staging, server: 'mock' }, blank, shape).server.index).toBe(-2);
    expect(applyEnvironment({ ...staging, server: 'custom', baseUrl: 'https://staging.example.org' }, blank, shape).server).toMatchObject({ index: -1, customUrl: 'https://staging.example.org' });
    expect(applyEnvironment({ ...staging, server: 7 }, blank, shape).server.index).toBe(0);
  });
});

describe('captureEnvironment', () => {
  it('collects filled parameters over saved ones, the server choice and its variables, never secrets or cookies', () => {
    const current: ConsoleValues = {
      drafts: { 'path.owner': 'ada', 'path.repo': '', 'query.labels': [], 'header.X-API-Key': 'secret', 'cookie.theme': 'dark' },
      server: { index: 1, variables: { 1: { region: 'ap', version: 'v2' } }, customUrl: '' },
    };
    const saved = captureEnvironment({ id: 'e1', name: 'Mine', variables: {}, parameters: { limit: '5' } }, current, shape);
    expect(saved).toEqual({ id: 'e1', name: 'Mine', server: 1, variables: { region: 'ap', version: 'v2' }, parameters: { limit: '5', owner: 'ada' } });
    expect(JSON.stringify(saved)).not.toContain('secret');
    const custom = captureEnvironment(saved, { ...current, server: { index: -1, variables: {}, customUrl: 'https://api.test' } }, shape);
    expect(custom).toMatchObject({ server: 'custom', baseUrl: 'https://api.test' });
  });
});

describe('parseEnvironmentStore', () => {
  it('keeps well-formed environments and drops the rest, never throwing', () => {
    const text = JSON.stringify({
      active: 'b',
      environments: [{ id: 'a', name: 'A', variables: {}, parameters: { owner: 'x', password: 'p' } }, { id: 'b', name: '' }, 'junk', { id: 'c', name: 'C', server: 'mock' }],
    });
    expect(parseEnvironmentStore(text)).toEqual({
      active: undefined,
      environments: [
        { id: 'a', name: 'A', variables: {}, parameters: { owner: 'x' } },
        { id: 'c', name: 'C', server: 'mock', variables: {}, parameters: {} },
      ],
    });
    expect(parseEnvironmentStore('{oops')).toEqual({ environments: [] });
    expect(parseEnvironmentStore(null)).toEqual({ environments: [] });
  });
});
