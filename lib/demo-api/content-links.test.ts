import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadApi } from '../openapi';
import { DEFAULT_SPEC_PATH } from './load-spec';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
const guides = readdirSync(`${contentDir}docs`).filter((f) => f.endsWith('.mdx'));
const texts = [...guides.map((f) => readFileSync(`${contentDir}docs/${f}`, 'utf8')), readFileSync(DEFAULT_SPEC_PATH, 'utf8')];

// The embedded guides and the spec link to reference pages by slug; a slug rule change must not break them silently.
describe('links in the embedded content', () => {
  it('point at reference pages, schemas and guides that exist', async () => {
    const { model } = await loadApi(DEFAULT_SPEC_PATH);
    expect(model).toBeDefined();
    const pages = new Set([
      '/reference/bookshelf',
      ...model!.operations.map((op) => `/reference/bookshelf/${op.slug}`),
      ...model!.webhooks.map((hook) => `/reference/bookshelf/webhooks/${hook.slug}`),
      ...Object.keys(model!.schemas).map((name) => `/reference/bookshelf/schemas/${name}`),
      ...guides.map((f) => `/docs/${f.replace(/\.mdx$/, '')}`),
    ]);
    const links = texts.flatMap((text) => [...text.matchAll(/(?:\]\(|href=")(\/(?:reference|docs)\/[^)"#\s]*)/g)].map((m) => m[1].replace(/\/$/, '')));
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((link) => !pages.has(link))).toEqual([]);
  });

  it('embed operations and schemas that exist', async () => {
    const { model } = await loadApi(DEFAULT_SPEC_PATH);
    const ids = new Set(model!.operations.map((op) => op.operationId));
    const embeds = texts.flatMap((text) => [...text.matchAll(/<(?:Operation|TryIt) api="bookshelf" id="([^"]+)"/g)].map((m) => m[1]));
    expect(embeds.length).toBeGreaterThan(0);
    expect(embeds.filter((id) => !ids.has(id))).toEqual([]);
    const schemas = texts.flatMap((text) => [...text.matchAll(/<Schema api="bookshelf" name="([^"]+)"/g)].map((m) => m[1]));
    expect(schemas.filter((name) => !(name in model!.schemas))).toEqual([]);
  });
});
