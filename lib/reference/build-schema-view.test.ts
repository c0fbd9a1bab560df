import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadApi } from '../openapi/load-api';
import type { ApiModel, JsonSchema } from '../openapi/types';
import { buildSchemaView } from './build-schema-view';
import type { SchemaNode } from './schema-view-types';

const refs = (schemas: Record<string, JsonSchema>) => ({ schemas, refTargets: {} });
const prop = (node: SchemaNode, name: string) => node.properties.find((p) => p.name === name)!;

describe('buildSchemaView on small schemas', () => {
  it('labels types with format, nullable and item names', () => {
    const model = refs({ Tag: { type: 'string' } });
    const node = buildSchemaView(model, {
      type: 'object',
      required: ['when'],
      properties: {
        when: { type: 'string', format: 'date-time' },
        maybe: { type: ['integer', 'null'] },
        tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } },
        mixed: { type: ['string', 'number'] },
        anything: {},
      },
    });
    expect(node.typeLabel).toBe('object');
    expect(prop(node, 'when')).toMatchObject({ required: true, node: { typeLabel: 'string<date-time>' } });
    expect(prop(node, 'maybe').node).toMatchObject({ typeLabel: 'integer', nullable: true });
    expect(prop(node, 'tags').node.typeLabel).toBe('array<Tag>');
    expect(prop(node, 'mixed').node.typeLabel).toBe('string | number');
    expect(prop(node, 'anything').node.typeLabel).toBe('any');
  });

  it('collapses a oneOf with null into a nullable ref that keeps its name', () => {
    const model = refs({ Pet: { type: 'object', properties: { a: { type: 'string' } } } });
    const node = buildSchemaView(model, { description: 'The pet, if any.', oneOf: [{ $ref: '#/components/schemas/Pet' }, { type: 'null' }] });
    expect(node).toMatchObject({ refName: 'Pet', nullable: true, description: 'The pet, if any.', typeLabel: 'object' });
    expect(node.variants).toBeUndefined();
  });

  it('shows a 3.0 nullable allOf reference (after the upgrade) as the nullable component', () => {
    const model = refs({ Owner: { type: 'object', properties: { id: { type: 'string' } } } });
    const node = buildSchemaView(model, { anyOf: [{ allOf: [{ $ref: '#/components/schemas/Owner' }] }, { type: 'null' }], description: 'Who owns it.' });
    expect(node).toMatchObject({ nullable: true, typeLabel: 'object', description: 'Who owns it.' });
    expect(node.properties.map((p) => p.name)).toEqual(['id']);
  });

  it('lists enum values with x-enumDescriptions (map or list), leaving null out', () => {
    const fromMap = buildSchemaView(refs({}), { type: ['string', 'null'], enum: ['a', 'b', null], 'x-enumDescriptions': { a: 'First' } });
    expect(fromMap.enumValues).toEqual([{ value: 'a', description: 'First' }, { value: 'b' }]);
    expect(fromMap.nullable).toBe(true);
    const fromList = buildSchemaView(refs({}), { enum: [1, 2], 'x-enumDescriptions': ['one', 'two'] });
    expect(fromList).toMatchObject({ typeLabel: 'integer', enumValues: [{ value: 1, description: 'one' }, { value: 2, description: 'two' }] });
  });

  it('shows additionalProperties as any, none or a schema', () => {
    expect(buildSchemaView(refs({}), { type: 'object', additionalProperties: true }).additionalProperties).toEqual({ kind: 'any' });
    expect(buildSchemaView(refs({}), { type: 'object', additionalProperties: false }).additionalProperties).toEqual({ kind: 'none' });
    const map = buildSchemaView(refs({}), { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } });
    expect(map.additionalProperties).toMatchObject({ kind: 'schema', node: { typeLabel: 'integer', constraints: ['>= 0'] } });
  });

  it('merges allOf: properties and required united, the outer description kept, a component description not inherited', () => {
    const model = refs({ Base: { type: 'object', description: 'Base thing', required: ['id'], properties: { id: { type: 'string' } } } });
    const node = buildSchemaView(model, { allOf: [{ $ref: '#/components/schemas/Base' }, { properties: { extra: { type: 'boolean' } }, required: ['extra'] }] });
    expect(node.description).toBeUndefined();
    expect(node.properties.map((p) => [p.name, p.required])).toEqual([['id', true], ['extra', true]]);
    expect(node.typeLabel).toBe('object');
  });

  it('stops a self-referencing schema with a link back instead of recursing', () => {
    const model = refs({ Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } } });
    const node = buildSchemaView(model, { $ref: '#/components/schemas/Node' });
    const items = prop(node, 'children').node.items!;
    expect(items).toMatchObject({ refName: 'Node', recursive: true, properties: [] });
    expect(prop(node, 'children').node.typeLabel).toBe('array<Node>');
  });

  it('treats seenRefs as open, so a schema page links its self-references back', () => {
    const model = refs({ Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } });
    const node = buildSchemaView(model, model.schemas.Node, { seenRefs: ['#/components/schemas/Node'] });
    expect(prop(node, 'next').node).toMatchObject({ recursive: true, refName: 'Node' });
  });

  it('caps depth and a shared node budget, marking what it left out', () => {
    let deep: JsonSchema = { type: 'string' };
    for (let i = 0; i < 20; i++) deep = { type: 'object', properties: { inner: deep } };
    const capped = buildSchemaView(refs({}), deep, { maxDepth: 3 });
    let level: SchemaNode = capped;
    for (let i = 0; i < 3; i++) level = prop(level, 'inner').node;
    expect(level.truncated).toBe(true);
    expect(level.properties).toEqual([]);

    const budget = { remaining: 10 };
    const wide = { type: 'object', properties: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`p${i}`, { type: 'string' }])) } as JsonSchema;
    const first = buildSchemaView(refs({}), wide, { budget });
    expect(first.truncated).toBe(true);
    expect(first.properties.length).toBeLessThan(10);
    expect(budget.remaining).toBeLessThanOrEqual(0);
    expect(buildSchemaView(refs({}), wide, { budget }).properties).toEqual([]);
  });

  it('builds variants from a discriminator mapping without a union (3.0 base-schema style)', () => {
    const model = refs({
      Pet: { type: 'object', discriminator: { propertyName: 'kind', mapping: { dog: 'Dog', cat: '#/components/schemas/Cat' } }, properties: { kind: { type: 'string' } } },
      Dog: { allOf: [{ $ref: '#/components/schemas/Pet' }, { properties: { barks: { type: 'boolean' } } }] },
      Cat: { allOf: [{ $ref: '#/components/schemas/Pet' }, { properties: { meows: { type: 'boolean' } } }] },
    });
    const node = buildSchemaView(model, { $ref: '#/components/schemas/Pet' }, { collapseRefs: false });
    expect(node.variants?.options.map((o) => [o.label, o.discriminatorValues])).toEqual([['Dog', ['dog']], ['Cat', ['cat']]]);
    expect(node.variants?.options[0].node.properties.map((p) => p.name)).toEqual(['barks']);
  });
});

describe('buildSchemaView on the Bookshelf spec', () => {
  let model: ApiModel;
  beforeAll(async () => {
    const result = await loadApi(path.resolve(import.meta.dirname, '../../content/openapi/bookshelf.yaml'));
    if (!result.model) throw new Error(JSON.stringify(result.problems));
    model = result.model;
  });

  it('shows BookFormat as a oneOf with the discriminator mapping', () => {
    const node = buildSchemaView(model, { $ref: '#/components/schemas/BookFormat' });
    expect(node.variants).toMatchObject({ kind: 'oneOf', discriminator: 'type' });
    expect(node.variants!.options.map((o) => [o.label, o.discriminatorValues])).toEqual([
      ['PrintFormat', ['print']],
      ['EbookFormat', ['ebook']],
      ['AudiobookFormat', ['audiobook']],
    ]);
    expect(node.variants!.options[0].node.title).toBe('Print');
  });

  it('merges Book from BookFields and its own read-only fields', () => {
    const node = buildSchemaView(model, { $ref: '#/components/schemas/Book' }, { collapseRefs: false });
    expect(node.refName).toBe('Book');
    expect(prop(node, 'id')).toMatchObject({ required: true, node: { readOnly: true, refName: 'BookId' } });
    expect(prop(node, 'title').node.constraints).toEqual(['1 to 200 characters']);
    expect(prop(node, 'subtitle')).toMatchObject({ required: false, node: { nullable: true, typeLabel: 'string' } });
    expect(prop(node, 'format').node.variants?.options).toHaveLength(3);
  });

  it('collapses component schemas below the root into a named, linked line', () => {
    const node = buildSchemaView(model, { $ref: '#/components/schemas/Book' });
    expect(node.properties.length).toBeGreaterThan(5);
    expect(prop(node, 'format').node).toMatchObject({ refName: 'BookFormat', refSlug: 'BookFormat', truncated: true, properties: [] });
    expect(prop(node, 'format').node.variants).toBeUndefined();
    // A component with no structure of its own (a string with a pattern) is shown in full: it is one line anyway.
    expect(prop(node, 'id').node).toMatchObject({ refName: 'BookId', truncated: false });
  });

  it('names the allOf components a root merged, and collapses those the page already showed', () => {
    const create = buildSchemaView(model, { $ref: '#/components/schemas/BookCreate' });
    expect(create.allOfNames).toEqual(['BookFields']);
    expect(prop(create, 'title')).toBeDefined();

    const book = buildSchemaView(model, { $ref: '#/components/schemas/Book' }, { shownComponents: new Set(create.allOfNames) });
    expect(book.sharedMembers).toEqual([expect.objectContaining({ refName: 'BookFields', refSlug: 'BookFields', truncated: true })]);
    expect(book.properties.map((p) => p.name)).toEqual(['id', 'coverUrl', 'averageRating', 'reviewCount', 'createdAt', 'updatedAt']);
    expect(book.allOfNames).toBeUndefined();
  });

  it('collapses shown members of the root items too (a list of Books reads as Books), not deeper', () => {
    const shownComponents = new Set(['BookFields']);
    const list = buildSchemaView(model, { type: 'array', items: { $ref: '#/components/schemas/Book' } }, { shownComponents });
    expect(list.items?.sharedMembers?.map((m) => m.refName)).toEqual(['BookFields']);
    const nested = buildSchemaView(model, { type: 'object', properties: { book: { allOf: [{ $ref: '#/components/schemas/BookFields' }] } } }, { shownComponents });
    expect(prop(nested, 'book').node.sharedMembers).toBeUndefined();
    expect(prop(nested, 'book').node.properties.some((p) => p.name === 'title')).toBe(true);
  });

  it('shows the genre tree as a link back to GenreNode', () => {
    const node = buildSchemaView(model, { $ref: '#/components/schemas/GenreNode' });
    expect(prop(node, 'subgenres').node.items).toMatchObject({ refName: 'GenreNode', recursive: true });
  });
});
