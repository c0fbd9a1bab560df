import { describe, expect, it } from 'vitest';
import type { ApiModel, JsonSchema } from '../openapi/types';
import { listSchemaProperties, MAX_NESTED_PROPERTIES } from './list-schema-properties';

function model(schemas: Record<string, JsonSchema>): ApiModel {
  return { schemas, schemaSlugs: Object.fromEntries(Object.keys(schemas).map((name) => [name, name])), refTargets: {} } as unknown as ApiModel;
}
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('listSchemaProperties', () => {
  it('lists inline nested properties, array items and variants with the anchors the schema page gives them', () => {
    const api = model({
      Repo: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          permissions: { type: 'object', properties: { admin: { type: 'boolean' }, scope: { type: 'object', properties: { deep: { type: 'object', properties: { tooDeep: { type: 'string' } } } } } } },
          labels: { type: 'array', items: { type: 'object', properties: { color: { type: 'string' } } } },
          source: { oneOf: [{ type: 'object', properties: { url: { type: 'string' } } }, { type: 'object', properties: { path: { type: 'string' } } }] },
        },
      },
    });
    const listed = listSchemaProperties(api, 'Repo').map(({ path, anchor, depth }) => ({ path, anchor, depth }));
    expect(listed).toEqual(
      expect.arrayContaining([
        { path: 'name', anchor: 'schema-name', depth: 1 },
        { path: 'permissions.admin', anchor: 'schema-permissions-admin', depth: 2 },
        { path: 'permissions.scope.deep', anchor: 'schema-permissions-scope-deep', depth: 3 },
        { path: 'labels[].color', anchor: 'schema-labels-items-color', depth: 2 },
        { path: 'source.url', anchor: 'schema-source-oneOf-0-url', depth: 2 },
        { path: 'source.path', anchor: 'schema-source-oneOf-1-path', depth: 2 },
      ]),
    );
    expect(listed.map((entry) => entry.path)).not.toContain('permissions.scope.deep.tooDeep');
  });

  it("lists a referenced component's top level on its page, and stops at cycles", () => {
    const api = model({
      Repo: { type: 'object', properties: { owner: ref('User'), parent: ref('Repo') } },
      User: { type: 'object', properties: { login: { type: 'string' }, org: ref('Org') } },
      Org: { type: 'object', properties: { plan: { type: 'string' } } },
    });
    const nested = listSchemaProperties(api, 'Repo').filter((entry) => entry.depth > 1);
    expect(nested.map(({ path, anchor, component }) => ({ path, anchor, component }))).toEqual([
      { path: 'owner.login', anchor: 'schema-login', component: { name: 'User', slug: 'User' } },
      { path: 'owner.org', anchor: 'schema-org', component: { name: 'User', slug: 'User' } },
    ]);
  });

  it('bounds the nested properties of one schema', () => {
    const wide = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`p${index}`, { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } }]));
    const listed = listSchemaProperties(model({ Wide: { type: 'object', properties: wide } }), 'Wide');
    expect(listed.filter((entry) => entry.depth === 1)).toHaveLength(30);
    expect(listed.filter((entry) => entry.depth > 1)).toHaveLength(MAX_NESTED_PROPERTIES);
  });
});
