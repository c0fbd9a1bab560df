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
paths:
  /books:
    get:
      servers: [{ url: 'http://localhost:4010' }]
      responses: { '200': { description: ok } }
`,
);
fs.writeFileSync(path.join(dir, 'portal.config.json'), JSON.stringify({ title: 'T', apis: [{ id: 'books', spec: 'books.yaml' }] }));

describe('portico proxy arguments', () => {
  it('allows the server hosts of the configured specs plus --allow-host', async () => {
    const parsed = await parseProxyArgs(['--config', 'portal.config.json', '--allow-host', 'extra.example.com', '--port', '0', '--allow-origin', 'http://localhost:3000'], io());
    expect(parsed).toMatchObject({ ok: true, settings: { port: 0, allowPrivate: false, allowedOrigins: ['http://localhost:3000'] } });
    if (parsed.ok) {
      expect(parsed.settings.allowedHosts.sort()).toEqual(
        ['api.books.example.com', 'eu.books.example.com', 'us.books.example.com', 'localhost:4010', 'extra.example.com'].sort(),
      );
    }
  });

  it('refuses to start without any host, with bad numbers or unknown flags', async () => {
    expect(await parseProxyArgs([], io())).toMatchObject({ ok: false, message: expect.stringContaining('--allow-host') });
    expect(await parseProxyArgs(['--allow-host', 'a.com', '--port', 'x'], io())).toMatchObject({ ok: false, message: expect.stringContaining('--port') });
    expect(await parseProxyArgs(['--nope'], io())).toMatchObject({ ok: false });
    expect(await parseProxyArgs(['--config', 'missing.json'], io())).toMatchObject({ ok: false, message: expect.stringContaining('missing.json') });
    const cli = io();
    expect(await proxyCommand.run([], cli)).toBe(1);
    expect(cli.err.join('')).toContain('Usage: portico proxy');
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
