import fs from 'node:fs';
import http from 'node:http';
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
  fs.writeFileSync(path.join(dir, 'app.js'), `console.log(${JSON.stringify('x'.repeat(20_000))});`);
  server = await startStaticServer({ dir, port: 0, basePath: '/sub' });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The raw response, undecoded: fetch() would ask for and undo compression itself. */
function rawGet(url: URL, headers: Record<string, string>): Promise<{ encoding?: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ encoding: response.headers['content-encoding'], bytes }));
    }).on('error', reject);
  });
}

describe('startStaticServer', () => {
  it('compresses text for clients that accept it, as static hosts do', async () => {
    const url = new URL('app.js', server.url);
    const gzip = await rawGet(url, { 'accept-encoding': 'gzip' });
    expect(gzip.encoding).toBe('gzip');
    expect(gzip.bytes).toBeLessThan(1_000);
    const plain = await rawGet(url, {});
    expect(plain.encoding).toBeUndefined();
    expect(plain.bytes).toBeGreaterThan(20_000);
  });

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
