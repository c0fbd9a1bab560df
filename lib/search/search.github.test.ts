import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadApi } from '../openapi/load-api';
import type { SearchShard } from './build-search-shard';
import { buildSearchFiles, searchFileNames } from './build-search-files';
import { createSearchIndex, type SearchIndex } from './create-search-index';
import type { SearchHit } from './search-document';

// GitHub's REST API (1,223 operations, 270 webhooks, 969 schemas) from the devDependency @octokit/openapi.
const SPEC = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
let index: SearchIndex;
let fileNames: { built: string[]; listed: string[] };

describe("search over GitHub's REST API", () => {
  beforeAll(async () => {
    const { model } = await loadApi(SPEC);
    const apis = [{ id: 'github', title: 'GitHub', model }];
    const files = buildSearchFiles([], apis);
    fileNames = { built: files.manifest.files.map((entry) => entry.file), listed: searchFileNames([], apis) };
    index = createSearchIndex([...files.contents.values()].map((json) => JSON.parse(json) as SearchShard));
  }, 120_000);

  const top = (query: string, count = 3): SearchHit[] => index.search(query, { limit: count }).results.map((result) => result.hit);

  it.each([
    ['summary words', 'get a repository', 'Get a repository'],
    ['operationId', 'pulls/list', 'List pull requests'],
    ['operationId, kebab', 'pulls-list', 'List pull requests'],
    ['operationId, camelCase', 'listPulls', 'List pull requests'],
    ['path template', 'GET /repos/{owner}/{repo}/pulls', 'List pull requests'],
    ['concrete path', '/repos/octocat/hello/pulls', 'List pull requests'],
    ['method and concrete path', 'POST /repos/octocat/hello/pulls', 'Create a pull request'],
    ['copied URL', 'https://api.github.com/repos/octocat/hello-world/pulls/42', 'Get a pull request'],
    ['typo', 'lsit pull requests', 'List pull requests'],
    ['abbreviation of a path word', 'list org repos', 'List organization repositories'],
  ])('finds by %s: %s', (_kind, query, title) => {
    expect(top(query).map((hit) => hit.title)).toContain(title);
  });

  it('lists the index files the build writes without building them (schemas take several files)', () => {
    expect(fileNames.listed).toEqual(fileNames.built);
    expect(fileNames.listed.filter((file) => file.startsWith('github.schemas.')).length).toBeGreaterThan(1);
    expect(fileNames.listed).toContain('guides.1.json');
  });

  it('finds operations by a parameter name', () => {
    expect(top('issue_number').every((hit) => hit.kind === 'operation' && hit.path?.includes('{issue_number}'))).toBe(true);
  });

  it('finds a property and names its schema', () => {
    expect(top('default_branch')).toContainEqual(expect.objectContaining({ kind: 'property', title: 'default_branch', parent: 'repository', url: '/reference/github/schemas/repository/#schema-default-branch' }));
  });

  it('finds a nested property by its path, linking to its row on the schema page', () => {
    expect(top('permissions.admin')).toContainEqual(expect.objectContaining({ kind: 'property', title: 'permissions.admin', parent: 'repository', url: '/reference/github/schemas/repository/#schema-permissions-admin' }));
  });

  it("finds a referenced component's property by its path, on that component's page", () => {
    expect(top('owner.login')[0]).toMatchObject({ kind: 'property', title: 'owner.login', parent: 'simple-user', url: '/reference/github/schemas/simple-user/#schema-login' });
  });

  it('keeps a top-level property above the nested ones of the same name', () => {
    expect(top('login', 1)[0]).toMatchObject({ kind: 'property', title: 'login' });
  });

  it('finds a webhook by the words of its event', () => {
    expect(top('pull request opened')[0]).toMatchObject({ kind: 'webhook', path: 'pull-request-opened' });
  });

  it('finds by a prefix', () => {
    expect(top('codespac').every((hit) => /codespace/i.test(`${hit.title} ${hit.path ?? ''}`))).toBe(true);
  });
});
