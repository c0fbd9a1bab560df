import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { CliIo, Command } from './command';
import { main } from './main';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = (name: string) => path.join(root, 'lib/openapi/fixtures', name);

async function run(argv: string[], commands?: Command[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: root };
  const code = await main(argv, io, commands);
  return { code, stdout, stderr };
}

describe('portico check', () => {
  it('prints the JSON report and exits 0 for a renderable document', async () => {
    const { code, stdout } = await run(['check', fixture('petstore-3.0.json'), '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['title', 'version', 'source', 'operations', 'webhooks', 'schemas', 'tags', 'errors', 'warnings']);
    expect(report).toMatchObject({ title: 'Petstore 3.0', version: '2.1.0', source: '3.0.x', operations: 4, webhooks: 1, schemas: 2, tags: 2, errors: [] });
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: 'duplicate-operation-id', file: fixture('petstore-3.0.json'), pointer: '/paths/~1pets~1{petId}/delete/operationId', line: 31 }),
    ]);
  });

  it('exits 1 with file, pointer and line for errors', async () => {
    const { code, stdout } = await run(['check', fixture('broken/unresolved-ref.yaml'), '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    // The portal renders the rest (the refs show as unresolved), but the document is still wrong.
    expect(report).toMatchObject({ title: 'Broken refs', source: '3.0.x', operations: 2 });
    expect(report.errors.map((e: { code: string; line: number }) => [e.code, e.line])).toEqual([['unresolved-ref', 14], ['file-not-found', 20]]);
  });

  it('prints a readable report with a summary line', async () => {
    const { code, stdout } = await run(['check', fixture('broken/empty-path.yaml')]);
    expect(code).toBe(0);
    expect(stdout).toContain('lib/openapi/fixtures/broken/empty-path.yaml:12  #/paths/~1owners  warning: Path item has no operations  (');
    expect(stdout.trim().split('\n').at(-1)).toBe('OK  Empty path 1.0 (3.0.x): 1 operation, 0 webhooks, 0 schemas, 0 tags; 0 errors, 1 warning');
    const broken = await run(['check', fixture('broken/yaml-syntax.yaml')]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('yaml-syntax.yaml:8  #  error: YAML syntax error');
  });

  it('prints unsafe URLs as errors and fails, though the portal would render the rest', async () => {
    const { code, stdout } = await run(['check', fixture('hostile/unsafe-urls-2.0.yaml')]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'lib/openapi/fixtures/hostile/unsafe-urls-2.0.yaml:17  #/securityDefinitions/implicitAuth/authorizationUrl  error: flows.implicit.authorizationUrl "javascript:alert(1)//" is not a web address (scheme "javascript:"); the portal leaves it out  (Use an https:// URL.)',
    );
    expect(stdout.trim().split('\n').at(-1)).toBe('FAIL  Unsafe URLs (2.0) 1.0 (2.0): 1 operation, 0 webhooks, 0 schemas, 0 tags; 1 error, 1 warning');
  });

  it('rejects bad arguments with usage, and a missing file with exit 1', async () => {
    expect((await run(['check'])).code).toBe(1);
    expect((await run(['check', 'a.yaml', '--frobnicate'])).stderr).toContain('Unknown option --frobnicate');
    const missing = await run(['check', fixture('does-not-exist.yaml'), '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).errors[0].code).toBe('file-not-found');
  });
});

describe('portico main', () => {
  it('lists commands, and a new command is one table entry', async () => {
    const hello: Command = { name: 'hello', summary: 'Say hello', usage: 'Usage: portico hello\n', run: async (_argv, io) => (io.stdout('hi\n'), 0) };
    const help = await run(['--help'], [hello]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('  hello  Say hello');
    expect(await run(['hello'], [hello])).toMatchObject({ code: 0, stdout: 'hi\n' });
    expect((await run(['check', '--help'])).stdout).toContain('Usage: portico check <spec> [--json]');
    expect(await run(['nope'])).toMatchObject({ code: 1, stderr: expect.stringContaining('unknown command "nope"') });
  });

  it('turns a crashing command into one line and exit 1', async () => {
    const boom: Command = { name: 'boom', summary: '', usage: '', run: async () => { throw new Error('kaput'); } };
    expect(await run(['boom'], [boom])).toEqual({ code: 1, stdout: '', stderr: 'portico boom: internal error: kaput\n' });
  });

  it('runs as bin/portico.mjs with the right exit codes', async () => {
    const exec = promisify(execFile);
    const bin = path.join(root, 'bin/portico.mjs');
    const ok = await exec(bin, ['check', fixture('webhooks-3.1.yaml'), '--json'], { cwd: root });
    expect(JSON.parse(ok.stdout)).toMatchObject({ source: '3.1.x', webhooks: 3 });
    await expect(exec(bin, ['check', fixture('broken/invalid-type.yaml')], { cwd: root })).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining('error: Invalid schema type "strin"'),
      stderr: '',
    });
  });
});
