import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../cli/command';
import { parseProxyArgs, proxyCommand, startProxy } from '../cli/proxy-command';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portico-proxy-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function io(): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, cwd: dir, stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) };
}

fs.writeFileSync(
  path.join(dir, 'books.yaml'),
  `openapi: 3.1.0
info: { title: Books, version: '1' }
servers:
  - url: https://api.books.example.com/v1
  - url: https://{region}.books.example.com
    variables: { region: { default: eu, enum: [eu, us] } }
  - url: https://{tenant}.tenants.example.com
    variables: { tenant: { default: demo } }
  - url: https://{undeclared}.broken.example.com
paths:
  /books:
    get:
      servers: [{ url: 'http://localhost:4010' }]
      responses: { '200': { description: ok } }
`,
);
fs.writeFileSync(path.join(dir, 'portal.config.json'), JSON.stringify({ title: 'T', apis: [{ id: 'books', spec: 'books.yaml' }] }));

describe('portico proxy arguments', () => {
  it('allows the server hosts of the configured specs plus --allow-host, never a wildcard from a variable', async () => {
    const cli = io();
    const parsed = await parseProxyArgs(
      ['--config', 'portal.config.json', '--allow-host', 'extra.example.com', '--port', '0', '--allow-origin', 'http://LOCALHOST:3000/', '--public-url', 'https://proxy.example.com/cors/'],
      cli,
    );
    expect(parsed).toMatchObject({
      ok: true,
      settings: { port: 0, allowPrivate: false, allowAnyOrigin: false, allowedOrigins: ['http://localhost:3000'], publicUrl: 'https://proxy.example.com/cors' },
    });
    if (parsed.ok) {
      expect(parsed.settings.allowedHosts.sort()).toEqual(
        ['api.books.example.com', 'eu.books.example.com', 'us.books.example.com', 'demo.tenants.example.com', 'localhost:4010', 'extra.example.com'].sort(),
      );
    }
    expect(cli.err.join('')).toContain('https://{undeclared}.broken.example.com adds no host');
  });

  it('refuses to start without any host or origin, with bad numbers or unknown flags', async () => {
    const origin = ['--allow-origin', 'https://docs.example.com'];
    expect(await parseProxyArgs([...origin], io())).toMatchObject({ ok: false, message: expect.stringContaining('--allow-host') });
    expect(await parseProxyArgs(['--allow-host', 'a.com'], io())).toMatchObject({ ok: false, message: expect.stringContaining('--allow-origin <portal origin>') });
    expect(await parseProxyArgs([...origin, '--allow-host', 'a.com', '--port', 'x'], io())).toMatchObject({ ok: false, message: expect.stringContaining('--port') });
    expect(await parseProxyArgs([...origin, '--allow-host', 'a.com', '--max-concurrent', '0'], io())).toMatchObject({ ok: false, message: expect.stringContaining('--max-concurrent') });
    expect(await parseProxyArgs(['--nope'], io())).toMatchObject({ ok: false });
    expect(await parseProxyArgs([...origin, '--config', 'missing.json'], io())).toMatchObject({ ok: false, message: expect.stringContaining('missing.json') });
    const cli = io();
    expect(await proxyCommand.run([], cli)).toBe(1);
    expect(cli.err.join('')).toContain('Usage: portico proxy');
  });

  it('accepts only real origins: never "*" or "null", and any origin only on loopback', async () => {
    const host = ['--allow-host', 'api.example.com'];
    for (const [value, says] of [['*', '--allow-any-origin'], ['null', 'file: pages'], ['https://docs.example.com/portal', 'not an origin'], ['ftp://x.example', 'not an origin']]) {
      expect(await parseProxyArgs([...host, '--allow-origin', value], io()), value).toMatchObject({ ok: false, message: expect.stringContaining(says) });
    }
    expect(await parseProxyArgs([...host, '--allow-any-origin', '--host', '0.0.0.0'], io())).toMatchObject({ ok: false, message: expect.stringContaining('loopback') });
    for (const loopback of ['127.0.0.1', '::1', 'localhost']) {
      expect(await parseProxyArgs([...host, '--allow-any-origin', '--host', loopback], io()), loopback).toMatchObject({ ok: true, settings: { allowAnyOrigin: true } });
    }
  });

  it('refuses a bad --public-url and over-broad --allow-host entries', async () => {
    const base = ['--allow-origin', 'https://docs.example.com'];
    for (const value of ['proxy.example.com', 'javascript:alert(1)', 'https://u:p@proxy.example.com', 'https://proxy.example.com/?x=1']) {
      expect(await parseProxyArgs([...base, '--allow-host', 'a.com', '--public-url', value], io()), value).toMatchObject({ ok: false, message: expect.stringContaining('--public-url') });
    }
    for (const value of ['*', '*.com', 'a.*.example.com', 'https://a.com']) {
      expect(await parseProxyArgs([...base, '--allow-host', value], io()), value).toMatchObject({ ok: false, message: expect.stringContaining('--allow-host') });
    }
    for (const value of ['*.api.example.com', 'localhost:4010', '[::1]:8080', '::1', '10.0.0.1']) {
      expect(await parseProxyArgs([...base, '--allow-host', value], io()), value).toMatchObject({ ok: true });
    }
  });

  it('starts a proxy that answers with its allowlist', async () => {
    const { server, port } = await startProxy({ port: 0, host: '127.0.0.1', allowedHosts: ['api.example.com'], allowPrivate: false });
    try {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      expect(await res.json()).toMatchObject({ allowedHosts: ['api.example.com'] });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
