import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApi } from './load-api';
import { readSpecFiles } from './read-spec-files';
import { REFUSED_REF_KEY } from './refused-ref';
import { checkRefTarget, isAbsoluteRef, isInside, MAX_REF_FILE_BYTES, readBounded, realRoots } from './ref-boundary';

// Files a hostile spec would like to publish; made up here, never the machine's own.
const SECRET = 'SECRET-TOKEN-7f3a9c';
let work: string;
let specDir: string;

const spec = (paths: Record<string, string>) =>
  [
    'openapi: 3.1.0',
    'info: { title: Refs, version: "1" }',
    'paths:',
    '  /things:',
    '    get:',
    '      responses:',
    '        "200":',
    '          description: ok',
    '          content:',
    '            application/json:',
    '              schema:',
    '                type: object',
    '                properties:',
    ...Object.entries(paths).map(([name, ref]) => `                  ${name}: { $ref: '${ref}' }`),
  ].join('\n');

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'portico-refs-'));
  specDir = path.join(work, 'api');
  mkdirSync(specDir);
  writeFileSync(path.join(work, 'secret.yaml'), `token: { type: string, description: ${SECRET} }\n`);
  writeFileSync(path.join(work, '.env'), `API_TOKEN=${SECRET}\n`);
  writeFileSync(path.join(specDir, 'ok.yaml'), 'Thing: { type: string, description: a legit shared schema }\n');
  writeFileSync(path.join(specDir, 'broken.json'), `{"token": "${SECRET}" oops}`);
  symlinkSync(path.join(work, 'secret.yaml'), path.join(specDir, 'link.yaml'));
  if (process.platform !== 'win32') execFileSync('mkfifo', [path.join(specDir, 'fifo.yaml')]);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('isAbsoluteRef', () => {
  it('knows absolute paths, file: URLs and drive paths from relative ones', () => {
    for (const ref of ['/etc/passwd', 'file:///etc/hostname', 'FILE:/x', 'C:\\secrets.yaml', '\\\\server\\share']) expect(isAbsoluteRef(ref)).toBe(true);
    for (const ref of ['schemas/pet.yaml', './pet.yaml', '../pet.yaml', '']) expect(isAbsoluteRef(ref)).toBe(false);
  });
});

describe('checkRefTarget', () => {
  it('allows regular files inside the roots and refuses the rest', async () => {
    const roots = await realRoots([specDir]);
    expect(await checkRefTarget(path.join(specDir, 'ok.yaml'), roots)).toMatchObject({ ok: true, real: path.join(realpathSync(specDir), 'ok.yaml') });
    expect(await checkRefTarget(path.join(specDir, 'missing.yaml'), roots)).toEqual({ ok: true });
    expect(await checkRefTarget(path.join(specDir, '..', 'secret.yaml'), roots)).toMatchObject({ ok: false, reason: 'points outside the folder of the spec' });
    expect(await checkRefTarget(path.join(specDir, 'link.yaml'), roots)).toMatchObject({ ok: false, reason: 'points outside the folder of the spec' });
    expect(await checkRefTarget('/dev/zero', roots)).toMatchObject({ ok: false });
    expect(await checkRefTarget(specDir, roots)).toMatchObject({ ok: false, reason: 'is not a regular file' });
    if (process.platform !== 'win32') expect(await checkRefTarget(path.join(specDir, 'fifo.yaml'), roots)).toMatchObject({ ok: false, reason: 'is not a regular file' });
  });
});

describe('isInside', () => {
  it('tells a file named like ..x inside the root from one climbing out', () => {
    expect(isInside('/a/b/..x.yaml', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/bc/x.yaml', '/a/b')).toBe(false);
    expect(isInside('/a/x.yaml', '/a/b')).toBe(false);
  });
});

describe('checkRefTarget with hidden files and a second root', () => {
  it('refuses dot-files and dot-folders inside the roots, and allows a second root (the content folder)', async () => {
    const content = path.join(work, 'content');
    mkdirSync(path.join(content, 'api', '.git'), { recursive: true });
    mkdirSync(path.join(content, 'shared'), { recursive: true });
    writeFileSync(path.join(content, '.env'), `TOKEN=${SECRET}\n`);
    writeFileSync(path.join(content, 'api', '.git', 'config'), `token = ${SECRET}\n`);
    writeFileSync(path.join(content, 'shared', 'common.yaml'), 'Common: { type: string }\n');
    const apiOnly = await realRoots([path.join(content, 'api')]);
    const withContent = await realRoots([path.join(content, 'api'), content]);
    expect(await checkRefTarget(path.join(content, 'api', '.git', 'config'), apiOnly)).toEqual({ ok: false, reason: 'is a hidden file or inside a hidden folder' });
    expect(await checkRefTarget(path.join(content, 'shared', 'common.yaml'), apiOnly)).toMatchObject({ ok: false, reason: 'points outside the folder of the spec' });
    expect(await checkRefTarget(path.join(content, 'shared', 'common.yaml'), withContent)).toMatchObject({ ok: true });
    expect(await checkRefTarget(path.join(content, '.env'), withContent)).toEqual({ ok: false, reason: 'is a hidden file or inside a hidden folder' });
    expect(await checkRefTarget(path.join(content, 'api', '..x.yaml'), apiOnly)).toEqual({ ok: false, reason: 'is a hidden file or inside a hidden folder' });

    const entry = path.join(content, 'api', 'openapi.yaml');
    writeFileSync(entry, spec({ common: '../shared/common.yaml#/Common', dotenv: '../.env', git: './.git/config' }));
    const apiOnlyLoad = await loadApi(entry);
    expect(apiOnlyLoad.problems.filter((p) => p.code === 'ref-refused')).toHaveLength(3);
    const contentLoad = await loadApi(entry, { refRoots: [content] });
    expect(contentLoad.problems.filter((p) => p.code === 'ref-refused').map((p) => p.pointer.split('/').at(-1)).sort()).toEqual(['dotenv', 'git']);
    expect(contentLoad.problems.find((p) => p.code === 'ref-refused')!.hint).toMatch(/inside .*api or .*content/);
    const properties = (contentLoad.model!.operations[0].responses[0].content[0].schema as { properties: Record<string, unknown> }).properties;
    expect(properties).toMatchObject({ common: { type: 'string' }, dotenv: { [REFUSED_REF_KEY]: '../.env' }, git: { [REFUSED_REF_KEY]: './.git/config' } });
    expect(JSON.stringify([apiOnlyLoad, contentLoad])).not.toContain(SECRET);
  });
});

describe('checkRefTarget with a spec folder reached through a symlink', () => {
  it('allows the files inside and still refuses the ones outside', async () => {
    const linked = path.join(work, 'linked-api');
    symlinkSync(specDir, linked);
    const roots = await realRoots([linked]);
    expect(await checkRefTarget(path.join(linked, 'ok.yaml'), roots)).toMatchObject({ ok: true });
    expect(await checkRefTarget(path.join(linked, '..', 'secret.yaml'), roots)).toMatchObject({ ok: false });
    expect(await checkRefTarget(path.join(linked, 'link.yaml'), roots)).toMatchObject({ ok: false });
  });
});

describe('readSpecFiles total budget', () => {
  it('refuses, unread, the files that would take the spec over its total budget', async () => {
    const dir = path.join(work, 'budget');
    mkdirSync(dir);
    for (const name of ['a', 'b', 'c']) writeFileSync(path.join(dir, `${name}.yaml`), `X: { type: string, description: ${name.repeat(400)} }\n`);
    const entry = path.join(dir, 'openapi.yaml');
    writeFileSync(entry, spec({ a: './a.yaml#/X', b: './b.yaml#/X', c: './c.yaml#/X' }));
    const read = await readSpecFiles(entry, { maxTotalBytes: 1000 });
    expect(read.files.size).toBe(3);
    expect(read.refused).toEqual([expect.objectContaining({ reason: 'would take the files of this spec over 0 MB in total' })]);
  });
});

describe('readSpecFiles entry size', () => {
  it('refuses an entry file over the size limit unread, and says how to fix it', async () => {
    const dir = path.join(work, 'too-large');
    mkdirSync(dir);
    const entry = path.join(dir, 'openapi.json');
    // A sparse file: the size counts, no disk is used.
    execFileSync('truncate', ['-s', String(MAX_REF_FILE_BYTES + 1), entry]);
    const read = await readSpecFiles(entry);
    expect(read.files.size).toBe(0);
    expect([...read.failed.values()]).toEqual([
      expect.objectContaining({ severity: 'error', file: entry, message: expect.stringContaining('is larger than 120 MB'), hint: 'Split it into files joined by $ref (each at most 120 MB).' }),
    ]);
  });
});

describe('readBounded', () => {
  it('reads a regular file and refuses devices, FIFOs and a file swapped since the check', async () => {
    expect(await readBounded(path.join(specDir, 'ok.yaml'))).toMatchObject({ ok: true, text: expect.stringContaining('legit') });
    expect(await readBounded('/dev/zero')).toEqual({ ok: false, reason: 'is not a regular file' });
    if (process.platform !== 'win32') expect(await readBounded(path.join(specDir, 'fifo.yaml'))).toEqual({ ok: false, reason: 'is not a regular file' });
    const roots = await realRoots([specDir]);
    const verdict = await checkRefTarget(path.join(specDir, 'ok.yaml'), roots);
    expect(await readBounded(path.join(specDir, 'broken.json'), verdict.ok ? verdict : undefined)).toEqual({ ok: false, reason: 'changed while it was being checked' });
  });
});

describe('loading a spec whose $refs reach for files outside its folder', () => {
  it('reads none of them, reports each at its $ref, and still renders the rest', async () => {
    const refs = {
      climbing: '../secret.yaml#/token',
      dotenv: '../.env',
      absolute: `${path.join(work, 'secret.yaml')}#/token`,
      fileUrl: `file://${path.join(work, 'secret.yaml')}#/token`,
      passwd: '/etc/passwd',
      zero: '/dev/zero',
      symlink: './link.yaml#/token',
      fifo: './fifo.yaml',
      legit: './ok.yaml#/Thing',
    };
    if (process.platform === 'win32') delete (refs as Record<string, string>).fifo;
    const entry = path.join(specDir, 'openapi.yaml');
    writeFileSync(entry, spec(refs));
    const result = await loadApi(entry);

    const refused = result.problems.filter((p) => p.code === 'ref-refused');
    expect(refused.map((p) => p.pointer).sort()).toEqual(
      Object.keys(refs)
        .filter((name) => name !== 'legit')
        .map((name) => `/paths/~1things/get/responses/200/content/application~1json/schema/properties/${name}`)
        .sort(),
    );
    for (const problem of refused) {
      expect(problem.file).toBe(entry);
      expect(problem.line).toBeGreaterThan(13);
      expect(problem.hint).toContain(path.basename(specDir));
    }
    // The API renders, with the legit shared schema and without the refused ones.
    expect(result.model).toBeDefined();
    const body = result.model!.operations[0].responses[0].content[0].schema as { properties: Record<string, unknown> };
    expect(body.properties.legit).toMatchObject({ type: 'string' });
    for (const [name, ref] of Object.entries(refs)) if (name !== 'legit') expect(body.properties[name], name).toEqual({ [REFUSED_REF_KEY]: ref });
    expect(JSON.stringify([result.model, result.bundled, result.problems])).not.toContain(SECRET);
  });

  it('never quotes a file that does not parse', async () => {
    const entry = path.join(specDir, 'broken-ref.yaml');
    writeFileSync(entry, spec({ token: './broken.json#/token' }));
    const result = await loadApi(entry);
    const syntax = result.problems.find((p) => p.code === 'json-syntax');
    expect(syntax).toMatchObject({ file: path.join(specDir, 'broken.json'), line: 1 });
    expect(syntax!.message).toMatch(/^JSON syntax error at line 1, column \d+/);
    expect(JSON.stringify(result.problems)).not.toContain(SECRET);
  });

  it('never quotes a YAML file that does not parse, whatever the error', async () => {
    const broken = {
      'alias.yaml': `token: *${SECRET}\n`,
      'tag.yaml': `token: !${SECRET} x\n`,
      'dup.yaml': `${SECRET}: 1\n${SECRET}: 2\n`,
      'indent.yaml': `token:\n  a: ${SECRET}\n b: ${SECRET}\n`,
      'quote.yaml': `token: "${SECRET}\n`,
    };
    for (const [name, text] of Object.entries(broken)) {
      writeFileSync(path.join(specDir, name), text);
      const entry = path.join(specDir, `entry-${name}`);
      writeFileSync(entry, spec({ token: `./${name}#/token` }));
      const result = await loadApi(entry);
      const syntax = result.problems.find((p) => p.code === 'yaml-syntax');
      expect(syntax, name).toMatchObject({ file: path.join(specDir, name), line: expect.any(Number) });
      expect(syntax!.message, name).toMatch(/^YAML syntax error at line \d+, column \d+: \w/);
      expect(JSON.stringify(result.problems), name).not.toContain(SECRET);
    }
    // The entry file itself is held to the same rule.
    const entry = path.join(specDir, 'broken-entry.yaml');
    writeFileSync(entry, `openapi: 3.1.0\ninfo: *${SECRET}\n`);
    expect(JSON.stringify((await loadApi(entry)).problems)).not.toContain(SECRET);
  });
});
