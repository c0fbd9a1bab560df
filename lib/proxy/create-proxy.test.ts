import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProxy, parseTarget, type ProxyOptions } from './create-proxy';
import { close, listen, send } from './test-support';

const PORTAL = 'https://docs.example.com';
let upstream: http.Server;
let upstreamPort: number;
const started: http.Server[] = [];

async function startProxy(options: Partial<ProxyOptions> = {}): Promise<number> {
  const proxy = createProxy({ allowedHosts: [`127.0.0.1:${upstreamPort}`], allowPrivate: true, allowedOrigins: [PORTAL], ...options });
  started.push(proxy);
  return listen(proxy);
}

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/slow') return void setTimeout(() => res.end('late'), 5_000);
      if (req.url === '/big') return void res.end('x'.repeat(5_000));
      res.writeHead(201, {
        'content-type': 'application/json',
        'set-cookie': 'session=upstream; Path=/',
        'x-upstream': 'yes',
        'access-control-allow-origin': 'https://wrong.example.com',
        connection: 'keep-alive, x-hop',
        'x-hop': 'secret-hop',
      });
      res.end(JSON.stringify({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() }));
    });
  });
  upstreamPort = await listen(upstream);
});

afterAll(async () => {
  await Promise.all([...started.map(close), close(upstream)]);
});

describe('parseTarget', () => {
  it('reads /<absolute URL>, including a collapsed double slash', () => {
    expect(parseTarget('/https://api.example.com/v1/pets?x=1')?.href).toBe('https://api.example.com/v1/pets?x=1');
    expect(parseTarget('/https:/api.example.com/v1')?.href).toBe('https://api.example.com/v1');
    expect(parseTarget('/ftp://x')).toBeUndefined();
    expect(parseTarget('/pets')).toBeUndefined();
  });
});

describe('createProxy', () => {
  it('forwards method, path, query, headers and body, and strips cookies and hop-by-hop headers both ways', async () => {
    const port = await startProxy();
    const reply = await send(port, `/http://127.0.0.1:${upstreamPort}/echo?a=1%202`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer t',
        cookie: 'portal=secret',
        'content-type': 'application/json',
        'x-custom': 'c',
        'x-forwarded-for': '10.0.0.1',
        origin: 'https://docs.example.com',
        connection: 'close',
      },
      body: '{"a":1}',
    });
    expect(reply.status).toBe(201);
    const seen = JSON.parse(reply.body);
    expect(seen).toMatchObject({ method: 'POST', url: '/echo?a=1%202', body: '{"a":1}' });
    expect(seen.headers).toMatchObject({ authorization: 'Bearer t', 'content-type': 'application/json', 'x-custom': 'c', host: `127.0.0.1:${upstreamPort}` });
    expect(seen.headers.cookie).toBeUndefined();
    expect(seen.headers.origin).toBeUndefined();
    expect(seen.headers['x-forwarded-for']).toBeUndefined();
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(reply.headers['x-hop']).toBeUndefined();
    expect(reply.headers['x-upstream']).toBe('yes');
    expect(reply.headers['access-control-allow-origin']).toBe('https://docs.example.com');
    expect(reply.headers['access-control-expose-headers']).toContain('x-upstream');
  });

  it('refuses loopback targets without allowPrivate, by IP and by name (after DNS)', async () => {
    const port = await startProxy({ allowPrivate: false, allowedHosts: [`127.0.0.1:${upstreamPort}`, `localhost:${upstreamPort}`] });
    for (const host of ['127.0.0.1', 'localhost']) {
      const reply = await send(port, `/http://${host}:${upstreamPort}/echo`);
      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body).error).toMatchObject({ code: 'private-address', hint: expect.stringContaining('--allow-private') });
      expect(reply.headers['x-portico-proxy-error']).toBe('private-address');
    }
  });

  it('refuses hosts outside the allowlist and malformed targets', async () => {
    const port = await startProxy();
    const other = await send(port, `/http://127.0.0.1:${upstreamPort + 1}/echo`);
    expect(other.status).toBe(403);
    expect(JSON.parse(other.body).error.code).toBe('host-not-allowed');
    const bad = await send(port, '/not-a-url');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('bad-target');
    const creds = await send(port, `/http://user:pw@127.0.0.1:${upstreamPort}/echo`);
    expect(creds.status).toBe(400);
  });

  it('answers CORS preflights for allowed origins only', async () => {
    const port = await startProxy({ allowedOrigins: ['https://docs.example.com'] });
    const path = `/http://127.0.0.1:${upstreamPort}/echo`;
    const ok = await send(port, path, {
      method: 'OPTIONS',
      headers: { origin: 'https://docs.example.com', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe('https://docs.example.com');
    expect(ok.headers['access-control-allow-methods']).toContain('PUT');
    expect(ok.headers['access-control-allow-headers']).toBe('authorization, content-type');
    const denied = await send(port, path, { method: 'OPTIONS', headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'GET' } });
    expect(denied.status).toBe(403);
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
    const actual = await send(port, path, { headers: { origin: 'https://evil.example.com' } });
    expect(JSON.parse(actual.body).error.code).toBe('origin-not-allowed');
  });

  it('caps request and response sizes', async () => {
    const port = await startProxy({ maxBodyBytes: 1_000 });
    const big = await send(port, `/http://127.0.0.1:${upstreamPort}/echo`, { method: 'POST', body: 'y'.repeat(2_000) });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.code).toBe('request-too-large');
    const response = await send(port, `/http://127.0.0.1:${upstreamPort}/big`);
    expect(response.status).toBe(502);
    expect(JSON.parse(response.body).error.code).toBe('response-too-large');
  });

  it('gives up on slow upstreams with 504', async () => {
    const port = await startProxy({ timeoutMs: 200 });
    const reply = await send(port, `/http://127.0.0.1:${upstreamPort}/slow`);
    expect(reply.status).toBe(504);
    expect(JSON.parse(reply.body).error.code).toBe('upstream-timeout');
  });


  it('reports an unreachable upstream as JSON', async () => {
    const closed = http.createServer();
    const deadPort = await listen(closed);
    await close(closed);
    const port = await startProxy({ allowedHosts: [`127.0.0.1:${deadPort}`] });
    const reply = await send(port, `/http://127.0.0.1:${deadPort}/x`);
    expect(reply.status).toBe(502);
    expect(JSON.parse(reply.body).error).toMatchObject({ code: 'upstream-unreachable', message: expect.stringContaining('ECONNREFUSED') });
  });
});
