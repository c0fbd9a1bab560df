import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApi } from './load-api';
import { derefShallow, resolveRef } from './resolve';
import type { ApiModel, JsonSchema } from './types';
import { walkSchema } from './walk-schema';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);
const DIGITALOCEAN = path.resolve(import.meta.dirname, '../../e2e/fixtures/specs/digitalocean/specification/DigitalOcean-public.v2.yaml');

/** Every schema the model holds: components, ref targets, and those inside operations. */
function allSchemas(m: ApiModel): JsonSchema[] {
  const out: JsonSchema[] = [...Object.values(m.schemas), ...Object.values(m.refTargets)];
  for (const op of [...m.operations, ...m.webhooks, ...m.operations.flatMap((o) => o.callbacks.flatMap((c) => c.operations))]) {
    for (const p of op.parameters) if (p.schema !== undefined) out.push(p.schema);
    for (const media of [...(op.requestBody?.content ?? []), ...op.responses.flatMap((r) => r.content)]) if (media.schema !== undefined) out.push(media.schema);
    for (const h of op.responses.flatMap((r) => r.headers)) if (h.schema !== undefined) out.push(h.schema);
  }
  return out;
}

function allRefsResolve(m: ApiModel): { visited: number; missing: string[] } {
  const missing: string[] = [];
  let visited = 0;
  for (const schema of allSchemas(m)) walkSchema(m, schema, () => visited++, (ref) => missing.push(ref));
  // Refs outside schema keywords too (e.g. inside examples): every `$ref` string in the model.
  const text = JSON.stringify(m);
  for (const [, ref] of text.matchAll(/"\$ref":"((?:[^"\\]|\\.)*)"/g)) if (resolveRef(m, JSON.parse(`"${ref}"`)) === undefined) missing.push(ref);
  return { visited, missing };
}

describe('resolveRef / derefShallow', () => {
  it('stops at self and mutual recursion', async () => {
    const m = (await loadApi(fixture('webhooks-3.1.yaml'))).model!;
    const node = derefShallow(m, { $ref: '#/components/schemas/Node' });
    expect(node.circular).toBe(false);
    const parent = (node.schema as { properties: { parent: JsonSchema } }).properties.parent;
    expect(derefShallow(m, parent, node.ctx)).toMatchObject({ circular: true, schema: { $ref: '#/components/schemas/Node' } });

    const a = derefShallow(m, { $ref: '#/components/schemas/A' });
    const b = derefShallow(m, (a.schema as { properties: { b: JsonSchema } }).properties.b, a.ctx);
    expect(b.circular).toBe(false);
    const backToA = derefShallow(m, (b.schema as { properties: { a: JsonSchema } }).properties.a, b.ctx);
    expect(backToA.circular).toBe(true);
    expect(JSON.stringify(m).length).toBeLessThan(20_000);
  });

  it('keeps $ref siblings, overriding the target', () => {
    const m = { schemas: { S: { type: 'string', description: 'a' } }, refTargets: {} };
    expect(derefShallow(m, { $ref: '#/components/schemas/S', description: 'b' }).schema).toEqual({ type: 'string', description: 'b' });
    expect(resolveRef(m, '#/components/schemas/Nope')).toBeUndefined();
  });

  it('resolves refs to nested locations in other files (bundled into refTargets)', async () => {
    const m = (await loadApi(fixture('multi/openapi.yaml'))).model!;
    const { missing } = allRefsResolve(m);
    expect(missing).toEqual([]);
    expect(Object.keys(m.refTargets).length).toBeGreaterThan(0);
  });

  it('resolves every $ref left in the DigitalOcean model', async () => {
    const result = await loadApi(DIGITALOCEAN);
    const m = result.model!;
    expect(m.operations.length).toBeGreaterThan(600);
    const { visited, missing } = allRefsResolve(m);
    expect(missing).toEqual([]);
    expect(visited).toBeGreaterThan(10_000);
    expect(new Set(m.operations.map((o) => o.slug)).size).toBe(m.operations.length);
    // Descriptions and code samples included by $ref in the split files are resolved text.
    expect(m.tags.find((t) => t.name === 'Public APIs Introduction')?.description).toContain('The DigitalOcean API allows you');
    expect(m.operations.find((o) => o.operationId === 'sshKeys_list')?.codeSamples.map((c) => c.lang)).toEqual(['cURL', 'Go', 'Ruby', 'Python']);
    // ~5 s alone, but the loader reads ~2,900 files: on a busy 2-core machine it took over 30 s (the corpus test has the same limit).
  }, 120_000);
});
