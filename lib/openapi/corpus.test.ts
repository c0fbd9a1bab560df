import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkSpec } from '../cli/commands/check';
import { HTTP_METHODS } from './types';

const root = path.resolve(import.meta.dirname, '../..');
const oai = path.join(import.meta.dirname, 'fixtures/oai');
const digitalocean = path.join(root, 'e2e/fixtures/specs/digitalocean/specification/DigitalOcean-public.v2.yaml');
const examples = path.join(root, 'node_modules/@readme/oas-examples');

function corpus(): string[] {
  const files = readdirSync(oai).filter((f) => f.endsWith('.yaml')).map((f) => path.join(oai, f));
  files.push(digitalocean);
  for (const version of ['2.0', '3.0', '3.1']) {
    for (const format of ['json', 'yaml']) {
      // Recursive: 3.0/json/openapi-workshop holds whole documents too.
      const dir = path.join(examples, version, format);
      for (const name of readdirSync(dir, { recursive: true }) as string[]) if (/\.(json|ya?ml)$/.test(name)) files.push(path.join(dir, name));
    }
  }
  return files;
}

/** An independent operation count: raw parse, path-item method keys, `$ref` path items followed. */
function countOperations(file: string): number {
  const read = (f: string): unknown => {
    const text = readFileSync(f, 'utf8');
    return f.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  };
  const doc = read(file) as Record<string, unknown>;
  const at = (base: string, ref: string): unknown => {
    const [filePart, pointer = ''] = ref.split('#');
    const target = filePart ? path.resolve(path.dirname(base), filePart) : base;
    let value: unknown = target === file ? doc : read(target);
    for (const token of pointer.split('/').slice(1)) value = (value as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
    return value;
  };
  let count = 0;
  for (const item of Object.values((doc.paths ?? {}) as Record<string, Record<string, unknown>>)) {
    const pathItem = (typeof item?.$ref === 'string' ? at(file, item.$ref) : item) as Record<string, unknown>;
    count += Object.keys(pathItem ?? {}).filter((k) => (HTTP_METHODS as readonly string[]).includes(k)).length;
  }
  return count;
}

describe('corpus', () => {
  it('checks every real document without a crash; operation counts match an independent count', async () => {
    const files = corpus();
    expect(files.length).toBeGreaterThan(120);
    const summary = { documents: 0, ok: 0, withErrors: 0, operations: 0 };
    for (const file of files) {
      const report = await checkSpec(file);
      summary.documents++;
      expect(report.errors.every((e) => e.code !== 'internal'), `${file}: ${JSON.stringify(report.errors)}`).toBe(true);
      // The copies kept in this repository are valid documents: a missing or broken copy must fail here, not be skipped.
      if (!file.startsWith(examples)) expect(report.errors, file).toEqual([]);
      if (report.errors.length > 0) {
        summary.withErrors++;
        continue;
      }
      summary.ok++;
      summary.operations += report.operations;
      expect(report.operations, path.relative(root, file)).toBe(countOperations(file));
      for (const p of report.warnings) expect(p.file).toMatch(/\.(json|ya?ml)$/);
    }
    expect(summary.ok).toBeGreaterThan(100);
    console.info(`corpus: ${JSON.stringify(summary)}`);
  }, 120_000);
});
