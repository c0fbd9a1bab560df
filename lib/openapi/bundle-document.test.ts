import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApi } from './load-api';

/** One file whose schemas form one long chain of $refs, as entity types that reference each other do. */
function chainSpec(length: number): string {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < length; i++) {
    schemas[`Entity${i}`] = { type: 'object', properties: { id: { type: 'string' }, next: i + 1 < length ? { $ref: `#/components/schemas/Entity${i + 1}` } : { type: 'string' } } };
  }
  const responses = { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Entity0' } } } } };
  return JSON.stringify({ openapi: '3.1.0', info: { title: 'Chain', version: '1' }, paths: { '/head': { get: { operationId: 'getHead', responses } } }, components: { schemas } });
}

describe('bundling a single-file spec', () => {
  it('loads a chain of 20,000 $refs without overflowing the stack', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'portico-chain-'));
    const entry = path.join(dir, 'openapi.json');
    writeFileSync(entry, chainSpec(20_000));
    const result = await loadApi(entry);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.model?.operations.map((op) => op.operationId)).toEqual(['getHead']);
    expect(Object.keys(result.model?.schemaSlugs ?? {})).toHaveLength(20_000);
  });
});
