import { afterEach, describe, expect, it } from 'vitest';
import { startDemoApi } from './start-demo-api';
import type { DemoApi } from './types';

const servers: DemoApi[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(cors: boolean): Promise<DemoApi> {
  const api = await startDemoApi({ port: 0, cors });
  servers.push(api);
  return api;
}

const preflight = (url: string) =>
  fetch(`${url}/books/bk_001`, {
    method: 'OPTIONS',
    headers: {
      Origin: 'http://localhost:3000',
      'Access-Control-Request-Method': 'PATCH',
      'Access-Control-Request-Headers': 'authorization, content-type, x-api-key',
    },
  });

const corsHeaders = (res: Response) => [...res.headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('CORS', () => {
  it('answers a preflight allowing any origin, the methods and the credential headers', async () => {
    const api = await start(true);
    const res = await preflight(api.url);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const methods = res.headers.get('access-control-allow-methods')?.split(', ');
    expect(methods).toEqual(expect.arrayContaining(['GET', 'POST', 'PATCH', 'PUT', 'DELETE']));
    const allowed = res.headers.get('access-control-allow-headers')?.toLowerCase().split(', ');
    expect(allowed).toEqual(expect.arrayContaining(['x-api-key', 'authorization', 'content-type']));
    expect(res.headers.get('allow')?.split(', ').sort()).toEqual(['DELETE', 'GET', 'OPTIONS', 'PATCH']);
  });

  it('exposes the custom response headers to scripts', async () => {
    const api = await start(true);
    const res = await fetch(`${api.url}/books?limit=2`, { headers: { Origin: 'http://localhost:3000' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const exposed = res.headers.get('access-control-expose-headers')?.split(', ');
    expect(exposed).toEqual(expect.arrayContaining(['X-Next-Cursor', 'Link', 'X-RateLimit-Remaining', 'X-Total-Count', 'Location', 'WWW-Authenticate']));
  });

  it('allows private-network access when Chrome asks for it', async () => {
    const api = await start(true);
    const res = await fetch(`${api.url}/books`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://docs.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Private-Network': 'true' },
    });
    expect(res.headers.get('access-control-allow-private-network')).toBe('true');
  });

  it('sends no CORS headers at all with cors: false', async () => {
    const api = await start(false);
    const pre = await preflight(api.url);
    expect(corsHeaders(pre)).toEqual([]);
    const get = await fetch(`${api.url}/books`, { headers: { Origin: 'http://localhost:3000' } });
    expect(get.status).toBe(200);
    expect(corsHeaders(get)).toEqual([]);
    const problem = await fetch(`${api.url}/books`, { method: 'POST', headers: { Origin: 'http://localhost:3000' } });
    expect(problem.status).toBe(401);
    expect(corsHeaders(problem)).toEqual([]);
  });
});
