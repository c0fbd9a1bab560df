import { describe, expect, it } from 'vitest';
import type { Operation } from '../openapi/types';
import { makeOperation } from '../tryit/test-fixtures/operation';
import { versionLinks, type ApiVersion } from './version-links';

function op(slug: string, method: Operation['method'], path: string, operationId?: string, kind: Operation['kind'] = 'operation'): Operation {
  return makeOperation({ slug, method, path, operationId, kind });
}

const v1: ApiVersion = {
  id: 'pets-v1',
  version: 'v1',
  model: {
    operations: [op('get-pet', 'get', '/pets/{petId}', 'getPet'), op('get-pets-status', 'get', '/pets/status'), op('delete-pet', 'delete', '/pets/{petId}', 'deletePet')],
    webhooks: [op('pet-adopted', 'post', 'petAdopted', undefined, 'webhook')],
    schemaSlugs: { Pet: 'Pet', Legacy: 'Legacy' },
  },
};
const v2: ApiVersion = {
  id: 'pets-v2',
  version: 'v2',
  model: {
    // getPet moved (same id), status kept its method and path but has an id now (the page slug changed with it).
    operations: [op('get-pet', 'get', '/animals/{id}', 'getPet'), op('list-by-status', 'get', '/pets/status', 'listByStatus')],
    webhooks: [op('pet-adopted', 'post', 'petAdopted', undefined, 'webhook')],
    schemaSlugs: { Pet: 'Pet' },
  },
};

function hrefs(currentHref: string, from = 'pets-v1') {
  return Object.fromEntries(versionLinks([v2, v1], from, currentHref).map((link) => [link.version, [link.href, link.samePage, link.current]]));
}

describe('versionLinks', () => {
  it('keeps the reader on the same operation: by operationId, else by method and path', () => {
    expect(hrefs('/reference/pets-v1/get-pet/')).toEqual({ v2: ['/reference/pets-v2/get-pet/', true, false], v1: ['/reference/pets-v1/get-pet/', true, true] });
    expect(hrefs('/reference/pets-v1/get-pets-status/').v2).toEqual(['/reference/pets-v2/list-by-status/', true, false]);
    expect(hrefs('/reference/pets-v2/list-by-status/', 'pets-v2').v1).toEqual(['/reference/pets-v1/get-pets-status/', true, false]);
  });

  it('falls back to the overview, marked, when the page has no counterpart', () => {
    expect(hrefs('/reference/pets-v1/delete-pet/').v2).toEqual(['/reference/pets-v2/', false, false]);
    expect(hrefs('/reference/pets-v1/schemas/Legacy/').v2).toEqual(['/reference/pets-v2/', false, false]);
  });

  it('maps overviews, the explorer, schemas and webhooks to theirs', () => {
    expect(hrefs('/reference/pets-v1/').v2).toEqual(['/reference/pets-v2/', true, false]);
    expect(hrefs('/reference/pets-v1/explorer/').v2).toEqual(['/reference/pets-v2/explorer/', true, false]);
    expect(hrefs('/reference/pets-v1/schemas/Pet/').v2).toEqual(['/reference/pets-v2/schemas/Pet/', true, false]);
    expect(hrefs('/reference/pets-v1/webhooks/pet-adopted/').v2).toEqual(['/reference/pets-v2/webhooks/pet-adopted/', true, false]);
  });

  it('lists versions in the order given, and nothing for an API outside the list', () => {
    expect(versionLinks([v2, v1], 'pets-v1', '/reference/pets-v1/').map((link) => link.version)).toEqual(['v2', 'v1']);
    expect(versionLinks([v2, v1], 'other', '/reference/other/')).toEqual([]);
  });
});
