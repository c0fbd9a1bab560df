import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadApi } from '../openapi';
import type { ApiModel, Operation } from '../openapi/types';
import { buildRefDocument } from '../openapi/ref-document';
import { renderGuideMarkdown } from './render-guide-markdown';
import { fenced, renderOperationMarkdown } from './render-operation-markdown';
import { schemaToMarkdownList } from './schema-to-markdown';

const SPEC = fileURLToPath(new URL('../../content/openapi/bookshelf.yaml', import.meta.url));
let model: ApiModel;
const op = (id: string) => model.operations.find((operation) => operation.operationId === id)!;
const twin = (operation: Operation) =>
  renderOperationMarkdown({ apiTitle: 'Bookshelf API', operation, model, refDocument: buildRefDocument(model), schemaUrl: (name) => `/reference/bookshelf/schemas/${name}/` });

beforeAll(async () => {
  model = (await loadApi(SPEC)).model!;
});

describe('renderOperationMarkdown', () => {
  // Golden file: review its diff after an intended change (`npx vitest run lib/publish -u`).
  it('matches the golden twin of "Add a book"', async () => {
    await expect(twin(op('createBook'))).toMatchFileSnapshot('golden/create-book.md');
  });

  it('has method and path, a parameters table and a curl command', () => {
    const text = twin(op('listBooks'));
    expect(text).toContain('`GET /books`');
    expect(text).toMatch(/\| Name \| In \| Type \| Required \| Description \|\n\| --- /);
    expect(text).toMatch(/\| `limit` \| query \| integer[^|]* \| no \|/);
    expect(text).toMatch(/```bash\ncurl --request GET/);
  });

  it('keeps spec text inside its table cell and code fence', () => {
    const operation: Operation = {
      ...op('listBooks'),
      parameters: [{ ...op('listBooks').parameters[0], description: 'a | b\nc' }],
    };
    expect(twin(operation)).toContain('| a \\| b c |');
    expect(fenced('x ``` y', 'json')).toBe('````json\nx ``` y\n````');
  });
});

describe('schemaToMarkdownList', () => {
  it('lists a component once, links it afterwards, and stops at maxLines', async () => {
    const fields = (n: number, ref?: string) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, ref ? { $ref: ref } : { type: 'string' }]));
    const spec = {
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {},
      components: {
        schemas: {
          Owner: { type: 'object', properties: { name: { type: 'string' }, email: { type: 'string' } } },
          Pair: { type: 'object', properties: { first: { $ref: '#/components/schemas/Owner' }, second: { $ref: '#/components/schemas/Owner' } } },
          Wide: { type: 'object', properties: fields(50, '#/components/schemas/Row') },
          Row: { type: 'object', properties: fields(50) },
        },
      },
    };
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'twin-')), 'spec.json');
    fs.writeFileSync(file, JSON.stringify(spec));
    const small = (await loadApi(file)).model!;
    const pair = schemaToMarkdownList(small, { $ref: '#/components/schemas/Pair' }, { schemaUrl: (name) => `/s/${name}/` });
    expect(pair.match(/`email`/g)).toHaveLength(1);
    expect(pair).toContain('  - fields listed above, on [Owner](/s/Owner/)');
    const wide = schemaToMarkdownList(small, { $ref: '#/components/schemas/Wide' }, { maxLines: 100 });
    // The cap is checked before each property, so the last one's own lines and the closing line may pass it.
    expect(wide.split('\n').length).toBeLessThanOrEqual(103);
    expect(wide).toMatch(/… more fields not listed here$/);
  });

  it('names recursion instead of following it', () => {
    const list = schemaToMarkdownList(model, { $ref: '#/components/schemas/GenreNode' }, { maxDepth: 6 });
    expect(list).toMatch(/`subgenres` \(array<GenreNode>.*\)/);
    expect(list).toContain('recursive');
  });

  it('stops at maxDepth with a link to the component', () => {
    const list = schemaToMarkdownList(model, { $ref: '#/components/schemas/BookCreate' }, { maxDepth: 1, schemaUrl: (name) => `/s/${name}/` });
    expect(list).toContain('  - … fields on [Price](/s/Price/)');
    expect(list).not.toContain('`amount`');
  });
});

describe('renderGuideMarkdown', () => {
  it('drops MDX imports but keeps imports inside code fences', () => {
    const text = renderGuideMarkdown({ title: 'T', description: 'D', body: "import X from './x'\n\nHello\n\n```python\nimport requests\n```\n" });
    expect(text).toBe('# T\n\n> D\n\nHello\n\n```python\nimport requests\n```\n');
  });
});
