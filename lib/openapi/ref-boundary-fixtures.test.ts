import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../cli/main';
import type { CliIo } from '../cli/command';
import { buildSchemaView } from '../reference/build-schema-view';
import { loadApi } from './load-api';
import { REFUSED_REF_KEY } from './refused-ref';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);
const HOSTILE = fixture('hostile/refs-out/openapi.yaml');

/** Text a refused ref would have published: the contents of files outside the fixture's folder. */
function outsideTexts(): string[] {
  const texts = [
    readFileSync(fixture('multi/schemas/pet.yaml'), 'utf8').match(/\$ref: "owner\.yaml"/)![0],
    readFileSync(fixture('hostile/unsafe-urls.yaml'), 'utf8').split('\n').find((l) => l.includes('javascript:'))!.trim(),
  ];
  for (const file of ['/etc/passwd', '/etc/hostname']) {
    try {
      const first = readFileSync(file, 'utf8').split('\n')[0].trim();
      if (first.length > 3) texts.push(first);
    } catch {
      // Not on this machine: nothing it could leak.
    }
  }
  return texts;
}

describe('hostile/refs-out fixture', () => {
  it('refuses every ref leaving the folder, unread, and renders the rest', async () => {
    const result = await loadApi(HOSTILE);
    const refused = result.problems.filter((p) => p.code === 'ref-refused');
    const props = '/paths/~1things/get/responses/200/content/application~1json/schema/properties';
    expect(refused.map((p) => p.pointer).sort()).toEqual(
      ['/paths/~1things/get/parameters/0', ...['passwd', 'hostname', 'zero', 'climbing', 'sibling', 'encoded', 'folder'].map((n) => `${props}/${n}`)].sort(),
    );
    for (const p of refused) {
      expect(p).toMatchObject({ severity: 'error', file: HOSTILE, line: expect.any(Number), hint: expect.stringContaining('refs-out') });
      expect(p.message).toMatch(/^\$ref ".+" (is|points)/);
    }
    expect(result.model).toBeDefined();
    const op = result.model!.operations[0];
    expect(op.parameters.map((p) => p.name)).toEqual(['limit']);
    // A refused schema stays as a marked, unresolved one; a refused parameter is left out.
    const properties = (op.responses[0].content[0].schema as { properties: Record<string, Record<string, unknown>> }).properties;
    expect(Object.keys(properties)).toEqual(['passwd', 'hostname', 'zero', 'climbing', 'sibling', 'encoded', 'folder', 'thing']);
    expect(properties.passwd).toEqual({ [REFUSED_REF_KEY]: '/etc/passwd' });
    expect(properties.climbing).toEqual({ [REFUSED_REF_KEY]: '../../../../../../../../../../etc/passwd' });
    expect(buildSchemaView(result.model!, properties.sibling).typeLabel).toBe('unresolved ../../multi/schemas/pet.yaml');
    const published = JSON.stringify([result.model, result.bundled, result.problems]);
    for (const text of outsideTexts()) expect(published).not.toContain(text);
  });

  it('makes portico check print each refusal with file, line, pointer and hint, and fail', async () => {
    let stdout = '';
    const io: CliIo = { stdout: (t) => void (stdout += t), stderr: () => undefined, cwd: root };
    expect(await main(['check', HOSTILE], io)).toBe(1);
    const lines = stdout.split('\n').filter((l) => l.includes('$ref'));
    expect(lines).toHaveLength(8);
    expect(stdout).toMatch(/lib\/openapi\/fixtures\/hostile\/refs-out\/openapi\.yaml:10 {2}#\/paths\/~1things\/get\/parameters\/0 {2}error: \$ref "\/etc\/passwd" is an absolute path or file: URL; .*\(.*refs-out.*\)/);
    for (const text of outsideTexts()) expect(stdout).not.toContain(text);
  });
});

describe('legit multi-file specs', () => {
  const digitalocean = path.join(root, 'e2e/fixtures/specs/digitalocean/specification/DigitalOcean-public.v2.yaml');
  it.each([fixture('multi/openapi.yaml'), fixture('petstore-3.0.json'), fixture('hostile/unsafe-urls.yaml'), digitalocean])('%s loads with no ref-refused problem', async (file) => {
    const result = await loadApi(file);
    expect(result.problems.filter((p) => p.code === 'ref-refused')).toEqual([]);
    expect(result.model).toBeDefined();
  }, 60_000);
});
