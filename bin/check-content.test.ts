import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, 'check-content.mjs');
let dir = '';

function runWith(config: unknown) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  fs.writeFileSync(path.join(dir, 'portal.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return spawnSync(process.execPath, [script], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });
}

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('check-content (runs before every build)', () => {
  it('fails on an invalid config, naming the file and the field', () => {
    const result = runWith({ title: 'Docs', apis: [{ id: 'pets', spec: 42 }] });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(path.join(dir, 'portal.config.json'));
    expect(result.stderr).toContain('apis[0].spec');
  });

  it('passes a valid config', () => {
    const result = runWith({ title: 'Docs' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Content OK');
  });
});
