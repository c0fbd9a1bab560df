import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../markdown/render-markdown';
import { loadApi } from '../openapi';
import type { ApiModel } from '../openapi/types';
import { buildSchemaView } from './build-schema-view';
import { schemaViewHtml, type SchemaHtmlOptions } from './schema-html';

// The schema HTML of a few Bookshelf schemas, as pages publish it: a change to the tree's markup shows up as a diff here.
const SPEC = fileURLToPath(new URL('../../content/openapi/bookshelf.yaml', import.meta.url));
const options: SchemaHtmlOptions = { apiId: 'bookshelf', basePath: '/sub', markdown: (source) => renderMarkdown(source) };
let model: ApiModel;

/** Pretty enough to diff: one element per line. */
const lines = (html: string) => `${html.replace(/></g, '>\n<')}\n`;

beforeAll(async () => {
  model = (await loadApi(SPEC)).model!;
});

describe('schema HTML (golden files)', () => {
  const cases: [string, string, string[], string[]?][] = [
    // A body root: its fields expanded, nested components (BookFormat, Price, Publisher) collapsed and linked.
    ['book-create-body', 'BookCreate', []],
    // A schema page's root that refers to itself: the recursion is a link back.
    ['genre-node-page', 'GenreNode', ['#/components/schemas/GenreNode']],
    // A union of components: each variant is a collapsed, linked component.
    ['book-format-page', 'BookFormat', ['#/components/schemas/BookFormat']],
    // A response body after the request body showed BookFields: its own fields, and BookFields collapsed and linked.
    ['book-after-create-body', 'Book', [], ['BookFields']],
  ];
  for (const [file, name, seenRefs, shown = []] of cases) {
    it(file, async () => {
      const schema = seenRefs.length > 0 ? model.schemas[name] : { $ref: `#/components/schemas/${name}` };
      const node = buildSchemaView(model, schema, { seenRefs, shownComponents: new Set(shown) });
      await expect(lines(schemaViewHtml(node, 'golden', options))).toMatchFileSnapshot(`golden/${file}.html`);
    });
  }
});
