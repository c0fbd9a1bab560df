import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type RunningServer } from './start-static-server';

let dir = '';
let server: RunningServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-'));
  fs.mkdirSync(path.join(dir, 'docs', 'intro'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<h1>home</h1>');
  fs.writeFileSync(path.join(dir, 'docs', 'intro', 'index.html'), '<h1>intro</h1>');
  fs.writeFileSync(path.join(dir, '404.html'), '<h1>missing</h1>');
  server = await startStaticServer({ dir, port: 0, basePath: '/sub' });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('startStaticServer', () => {
  it('serves folders by their index.html under the base path', async () => {
    const response = await fetch(new URL('docs/intro/', server.url));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('intro');
  });

  it('answers 404 with the 404 page for missing files and paths outside the base path', async () => {
    const missing = await fetch(new URL('nope/', server.url));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('missing');
    const outside = await fetch(new URL('/docs/intro/', server.url));
    expect(outside.status).toBe(404);
  });

  it('redirects the bare root to the base path', async () => {
    const response = await fetch(new URL('/', server.url), { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/sub/');
  });
});
