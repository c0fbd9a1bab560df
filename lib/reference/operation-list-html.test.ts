import { describe, expect, it } from 'vitest';
import { operationRowsHtml, schemaRowsHtml } from './operation-list-html';

describe('operation list HTML', () => {
  it('links each operation under the base path, with its method, label and path, escaping spec text', () => {
    const html = operationRowsHtml(
      'pets',
      [
        { kind: 'operation', slug: 'list-pets', method: 'get', path: '/pets', summary: 'List <b>pets</b>', deprecated: false },
        { kind: 'operation', slug: 'delete-pet', method: 'delete', path: '/pets/{id}', summary: undefined, deprecated: true },
      ],
      '/sub',
    );
    expect(html).toBe(
      '<li class="op-row"><a href="/sub/reference/pets/list-pets/"><span class="method-badge method-get">GET</span><span class="op-row-label">List &#x3C;b>pets&#x3C;/b></span><code class="op-row-path">/pets</code></a></li>' +
        '<li class="op-row nav-deprecated"><a href="/sub/reference/pets/delete-pet/"><span class="method-badge method-delete">DEL</span><span class="op-row-label">DELETE /pets/{id}</span><code class="op-row-path">/pets/{id}</code><span class="flag flag-deprecated">deprecated</span></a></li>',
    );
  });

  it('links schema pages', () => {
    expect(schemaRowsHtml('pets', { Pet: 'Pet', '..': 'schema' }, '')).toBe('<li><a href="/reference/pets/schemas/Pet/">Pet</a></li><li><a href="/reference/pets/schemas/schema/">..</a></li>');
  });
});
