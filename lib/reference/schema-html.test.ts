import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../markdown/render-markdown';
import type { JsonSchema } from '../openapi/types';
import { buildSchemaView } from './build-schema-view';
import { schemaFieldsHtml, schemaViewHtml, type SchemaHtmlOptions } from './schema-html';

const options: SchemaHtmlOptions = { apiId: 'pets', basePath: '/sub', markdown: (source) => renderMarkdown(source) };
const view = (schemas: Record<string, JsonSchema>, schema: JsonSchema) => buildSchemaView({ schemas, refTargets: {} }, schema);

describe('schemaViewHtml', () => {
  it('gives every field an anchor under the prefix, marks required ones and collapses nested objects', () => {
    const node = view({}, {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', minLength: 1 }, owner: { type: 'object', properties: { 'e-mail': { type: 'string', format: 'email' } } } },
    });
    const html = schemaViewHtml(node, 'body', options);
    expect(html).toContain('<li class="schema-prop" id="body-name">');
    expect(html).toContain('<a class="anchor-link" href="#body-name" aria-hidden="true" tabindex="-1">#</a>');
    expect(html).toMatch(/id="body-name">.*<span class="required">required<\/span>/);
    expect(html).toContain('<li class="constraint">');
    expect(html).toContain('<details class="schema-nested"><summary>1 property</summary>');
    expect(html).toContain('id="body-owner-e-mail"');
    expect(html).toContain('string&#x3C;email>');
  });

  it('escapes spec text in names, enum values, examples and labels, and sanitizes Markdown', () => {
    const node = view({}, {
      type: 'object',
      properties: {
        '<img src=x onerror=alert(1)>': { type: 'string', enum: ['<script>alert(1)</script>'], examples: ['"><svg onload=alert(2)>'] },
        text: { type: 'string', description: 'Hi <script>alert(3)</script> [x](javascript:alert(4))' },
      },
    });
    const html = schemaViewHtml(node, 'body', options);
    expect(html).not.toMatch(/<img|<script|<svg|javascript:/i);
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(html).toContain('<div class="markdown prop-description"><p>Hi ');
  });

  it('links a recursive reference back to its schema page under the base path', () => {
    const node = view({ Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } } }, { $ref: '#/components/schemas/Node' });
    const html = schemaViewHtml(node, 'schema', options);
    expect(html).toContain('Recursive: refers back to <a href="/sub/reference/pets/schemas/Node/">Node</a>.');
  });

  it('shows a oneOf as an exclusive accordion with the first variant open and discriminator values', () => {
    const node = view(
      {
        Dog: { type: 'object', properties: { kind: { const: 'dog' }, barks: { type: 'boolean' } } },
        Cat: { type: 'object', properties: { kind: { const: 'cat' } } },
      },
      { oneOf: [{ $ref: '#/components/schemas/Dog' }, { $ref: '#/components/schemas/Cat' }], discriminator: { propertyName: 'kind', mapping: { dog: '#/components/schemas/Dog', cat: '#/components/schemas/Cat' } } },
    );
    const html = schemaViewHtml(node, 'body', options);
    expect(html).toContain('Exactly one of these 2 variants, selected by <code>kind</code>:');
    expect(html).toContain('<details class="schema-variant" id="body-oneOf-0" name="body-oneOf" open><summary><span class="variant-label">Dog</span><span class="variant-when">kind = <code class="json-value">"dog"</code>');
    expect(html).toContain('<details class="schema-variant" id="body-oneOf-1" name="body-oneOf"><summary>');
    // The variants of a root union are what the root is: expanded, though they are components.
    expect(html).toContain('id="body-oneOf-0-barks"');
  });
});

describe('schemaFieldsHtml', () => {
  it('renders parameters with their own description, examples and a deprecated flag', () => {
    const node = view({}, { type: 'integer', maximum: 100, default: 20 });
    const html = schemaFieldsHtml([{ name: 'limit', required: false, node, id: 'query-limit', description: 'Page size.', extraExamples: [50], deprecated: true }], options);
    expect(html).toMatch(/^<li class="schema-prop" id="query-limit">/);
    expect(html).toContain('<code class="prop-name prop-deprecated">limit</code>');
    expect(html).toContain('<span class="flag flag-deprecated">deprecated</span>');
    expect(html).toContain('<p>Page size.</p>');
    expect(html).toContain('<span class="fact-name">Default</span> <code class="json-value">20</code>');
    expect(html).toContain('<span class="fact-name">Example</span><code class="json-value">50</code>');
  });
});
