import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProxy, type ProxyOptions } from './create-proxy';
import { close, listen, send } from './test-support';

// The defaults that keep a deployed proxy from serving the whole web: origins, redirects, active content, load.
const PORTAL = 'https://docs.example.com';
let upstream: http.Server;
let upstreamPort: number;
let releaseHanging: Array<() => void> = [];
const started: http.Server[] = [];

async function startProxy(options: Partial<ProxyOptions> = {}): Promise<number> {
  const proxy = createProxy({ allowedHosts: [`127.0.0.1:${upstreamPort}`, `localhost:${upstreamPort}`], allowPrivate: true, allowedOrigins: [PORTAL], ...options });
  started.push(proxy);
  return listen(proxy);
}

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    const reply = (status: number, headers: http.OutgoingHttpHeaders, body = '') => void res.writeHead(status, headers).end(body);
    switch (req.url) {
      case '/redirect-same':
        return reply(302, { location: '/echo?from=redirect' });
      case '/redirect-away':
        return reply(302, { location: 'https://elsewhere.example.com/x' });
      case '/redirect-relative-other':
        return reply(307, { location: `//localhost:${upstreamPort}/echo` });
      // Another allowed host: the same server under another origin (localhost instead of 127.0.0.1).
      case '/redirect-other-allowed':
        return reply(302, { location: `http://localhost:${upstreamPort}/echo` });
      case '/redirect-script':
        return reply(302, { location: 'javascript:alert(1)' });
      case '/html':
        return reply(200, { 'content-type': 'text/html', 'content-security-policy': 'script-src *' }, '<script>alert(document.domain)</script>');
      case '/svg':
        return reply(200, { 'content-type': 'image/svg+xml' }, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      case '/hang':
        releaseHanging.push(() => res.end('released'));
        return;
      default:
        return reply(200, { 'content-type': 'application/json' }, JSON.stringify({ url: req.url, host: req.headers.host, authorization: req.headers.authorization ?? null }));
    }
  });
  upstreamPort = await listen(upstream);
});

afterAll(async () => {
  releaseHanging.forEach((release) => release());
  await Promise.all([...started.map(close), close(upstream)]);
});

describe('origins', () => {
  it('reflects no browser origin unless it was named; requests without Origin still work', async () => {
    const port = await startProxy({ allowedOrigins: undefined });
    const path = `/http://127.0.0.1:${upstreamPort}/echo`;
    const browser = await send(port, path, { headers: { origin: 'https://any-site.example' } });
    expect(browser.status).toBe(403);
    expect(JSON.parse(browser.body).error).toMatchObject({ code: 'origin-not-allowed', hint: expect.stringContaining('--allow-origin') });
    expect(browser.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await send(port, path, { method: 'OPTIONS', headers: { origin: PORTAL, 'access-control-request-method': 'GET' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect((await send(port, path)).status).toBe(200);
  });

  it('answers a named origin however it is spelled, and only that one', async () => {
    const port = await startProxy({ allowedOrigins: ['https://Docs.Example.com/'] });
    const path = `/http://127.0.0.1:${upstreamPort}/echo`;
    expect((await send(port, path, { headers: { origin: PORTAL } })).headers['access-control-allow-origin']).toBe(PORTAL);
    expect((await send(port, path, { headers: { origin: 'https://docs.example.com.evil.example' } })).status).toBe(403);
    expect((await send(port, path, { headers: { origin: 'http://docs.example.com' } })).status).toBe(403);
  });

  it('never reflects the null origin, even when any origin or "null" itself is allowed', async () => {
    for (const options of [{ allowAnyOrigin: true }, { allowedOrigins: ['null'] }]) {
      const port = await startProxy(options);
      const reply = await send(port, `/http://127.0.0.1:${upstreamPort}/echo`, { headers: { origin: 'null' } });
      expect(reply.status).toBe(403);
      expect(reply.headers['access-control-allow-origin']).toBeUndefined();
      expect(JSON.parse(reply.body).error.hint).toContain('null origin');
    }
  });

  it('answers any other origin only with allowAnyOrigin (loopback development)', async () => {
    const port = await startProxy({ allowedOrigins: undefined, allowAnyOrigin: true });
    const reply = await send(port, `/http://127.0.0.1:${upstreamPort}/echo`, { headers: { origin: 'http://localhost:3000' } });
    expect(reply.status).toBe(200);
    expect(reply.headers['access-control-allow-origin']).toBe('http://localhost:3000');
  });
});

describe('addresses', () => {
  it('refuses loopback however the URL spells it: decimal, hex, octal, IPv4-mapped IPv6, userinfo', async () => {
    const port = await startProxy({ allowPrivate: false, allowedHosts: [`127.0.0.1:${upstreamPort}`, `[::ffff:7f00:1]:${upstreamPort}`] });
    for (const host of ['2130706433', '0x7f.0.0.1', '0177.0.0.1', '127.1', '[::ffff:127.0.0.1]']) {
      const reply = await send(port, `/http://${host}:${upstreamPort}/echo`);
      expect(reply.status, host).toBe(403);
      expect(JSON.parse(reply.body).error.code, host).toBe('private-address');
    }
    const userinfo = await send(port, `/http://api.example.com@127.0.0.1:${upstreamPort}/echo`);
    expect(userinfo.status).toBe(400);
  });
});

describe('redirects', () => {
  it('routes a same-origin redirect back through the proxy without trusting the Host header', async () => {
    const port = await startProxy();
    const reply = await send(port, `/http://127.0.0.1:${upstreamPort}/redirect-same`, { headers: { host: 'evil.example' } });
    expect(reply.status).toBe(302);
    expect(reply.headers.location).toBe(`/http://127.0.0.1:${upstreamPort}/echo?from=redirect`);
    const withPublicUrl = await startProxy({ publicUrl: 'https://proxy.example.com/cors/' });
    const absolute = await send(withPublicUrl, `/http://127.0.0.1:${upstreamPort}/redirect-same`, { headers: { host: 'evil.example' } });
    expect(absolute.headers.location).toBe(`https://proxy.example.com/cors/http://127.0.0.1:${upstreamPort}/echo?from=redirect`);
  });

  it('hands a redirect to another host back as that host, never via the proxy, even when the host is allowed', async () => {
    const port = await startProxy({ publicUrl: `http://127.0.0.1:9` });
    const cases: Array<[string, string]> = [
      ['/redirect-other-allowed', `http://localhost:${upstreamPort}/echo`],
      ['/redirect-relative-other', `http://localhost:${upstreamPort}/echo`],
      ['/redirect-away', 'https://elsewhere.example.com/x'],
    ];
    for (const [path, location] of cases) {
      const reply = await send(port, `/http://127.0.0.1:${upstreamPort}${path}`);
      expect(reply.headers.location, path).toBe(location);
    }
    const script = await send(port, `/http://127.0.0.1:${upstreamPort}/redirect-script`);
    expect(script.status).toBe(302);
    expect(script.headers.location).toBeUndefined();
  });

  it('so a browser following it drops Authorization at the other host', async () => {
    const port = await startProxy();
    // Node's fetch follows redirects as browsers do (Fetch standard): Authorization is removed on a cross-origin hop.
    const res = await fetch(`http://127.0.0.1:${port}/http://127.0.0.1:${upstreamPort}/redirect-other-allowed`, { headers: { authorization: 'Bearer secret' } });
    expect(res.url).toBe(`http://localhost:${upstreamPort}/echo`);
    expect(await res.json()).toMatchObject({ url: '/echo', authorization: null });
    // Same origin: the credential was meant for it and is kept.
    const same = await fetch(`http://127.0.0.1:${port}/http://127.0.0.1:${upstreamPort}/redirect-same`, { headers: { authorization: 'Bearer secret' } });
    expect(await same.json()).toMatchObject({ url: '/echo?from=redirect', authorization: 'Bearer secret' });
  });
});

describe('active content', () => {
  it('serves upstream HTML and SVG sandboxed with nosniff, replacing the API own CSP', async () => {
    const port = await startProxy();
    for (const path of ['/html', '/svg', '/echo']) {
      const reply = await send(port, `/http://127.0.0.1:${upstreamPort}${path}`);
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-security-policy'], path).toBe("sandbox; default-src 'none'");
      expect(reply.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('sends nosniff on its own answers too', async () => {
    const port = await startProxy();
    for (const path of ['/', '/not-a-url', `/http://127.0.0.1:${upstreamPort + 1}/x`]) {
      expect((await send(port, path)).headers['x-content-type-options'], path).toBe('nosniff');
    }
  });
});

describe('concurrency', () => {
  it('answers 503 with a JSON error beyond maxConcurrent, and frees the slot when a request ends', async () => {
    const port = await startProxy({ maxConcurrent: 1 });
    const first = send(port, `/http://127.0.0.1:${upstreamPort}/hang`);
    await waitFor(() => releaseHanging.length === 1);
    const busy = await send(port, `/http://127.0.0.1:${upstreamPort}/echo`, { headers: { origin: PORTAL } });
    expect(busy.status).toBe(503);
    expect(busy.headers['retry-after']).toBe('1');
    expect(busy.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(JSON.parse(busy.body).error).toMatchObject({ code: 'proxy-busy', hint: expect.stringContaining('--max-concurrent') });
    releaseHanging.forEach((release) => release());
    releaseHanging = [];
    expect((await first).body).toBe('released');
    expect((await send(port, `/http://127.0.0.1:${upstreamPort}/echo`)).status).toBe(200);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!condition()) throw new Error('condition not met within 2 s');
}
