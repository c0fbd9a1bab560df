import { describe, expect, it } from 'vitest';
import { collectAllowedHosts } from './collect-allowed-hosts';
import { isHostAllowed } from './match-host';

describe('collectAllowedHosts', () => {
  it('derives hosts from server URLs, expanding variables to their enum and default values', () => {
    const result = collectAllowedHosts([
      { url: 'https://api.example.com/v1', variables: {} },
      { url: 'http://localhost:4010', variables: {} },
      { url: '/relative', variables: {} },
      { url: 'https://{region}.example.com/{basePath}', variables: { region: { default: 'eu', enum: ['eu', 'us'] }, basePath: { default: 'v2' } } },
      { url: 'https://{tenant}.saas.io', variables: { tenant: { default: 'demo' } } },
      { url: 'https://api.io:{port}', variables: { port: { default: '8443' } } },
      { url: '{scheme}://mixed.example.com', variables: { scheme: { default: 'https', enum: ['http', 'https'] } } },
    ]);
    expect(result.hosts).toEqual(['api.example.com', 'localhost:4010', 'eu.example.com', 'us.example.com', 'demo.saas.io', 'api.io:8443', 'mixed.example.com']);
    expect(result.skipped).toEqual([]);
  });

  it('never puts a wildcard in the allowlist, whatever the server URL says', () => {
    const result = collectAllowedHosts([
      // A free variable as the whole host: only its default is allowed.
      { url: 'https://{host}/v1', variables: { host: { default: 'api.free.example' } } },
      // Undeclared variable, values that are not host names, and a literal `*`: skipped and reported.
      { url: 'https://{undeclared}.example.com', variables: {} },
      { url: 'https://{host}/v1', variables: { host: { default: '', enum: ['*', 'evil.com/x', 'ok.example.net'] } } },
      { url: 'https://*.example.org/v1', variables: {} },
    ]);
    expect(result.hosts).toEqual(['api.free.example', 'ok.example.net']);
    expect(result.hosts.some((h) => h.includes('*'))).toBe(false);
    expect(result.skipped.map((s) => s.url)).toEqual(['https://{undeclared}.example.com', 'https://{host}/v1', 'https://*.example.org/v1']);
    expect(result.skipped[0].reason).toContain('{undeclared} is not declared');
    expect(result.skipped[1].reason).toContain('"*" is not a host name');
    for (const target of ['https://anything.example.com/', 'https://evil.com/', 'https://a.example.org/v1', 'https://v1/']) {
      expect(isHostAllowed(new URL(target), result.hosts)).toBe(false);
    }
  });
});
