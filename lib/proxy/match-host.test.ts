import { describe, expect, it } from 'vitest';
import { collectAllowedHosts } from './collect-allowed-hosts';
import { isHostAllowed } from './match-host';

const allowed = (url: string, hosts: string[]) => isHostAllowed(new URL(url), hosts);

describe('isHostAllowed', () => {
  it('matches host names case-insensitively on default ports', () => {
    expect(allowed('https://API.example.com/v1', ['api.example.com'])).toBe(true);
    expect(allowed('http://api.example.com/v1', ['api.example.com'])).toBe(true);
    expect(allowed('https://api.example.com:8443/v1', ['api.example.com'])).toBe(false);
    expect(allowed('https://evil.com/api.example.com', ['api.example.com'])).toBe(false);
    expect(allowed('https://api.example.com.evil.com', ['api.example.com'])).toBe(false);
  });
  it('matches explicit ports, IPv6 and one-label wildcards', () => {
    expect(allowed('http://localhost:4010/x', ['localhost:4010'])).toBe(true);
    expect(allowed('http://localhost:4011/x', ['localhost:4010'])).toBe(false);
    expect(allowed('http://[::1]:8080/', ['[::1]:8080'])).toBe(true);
    expect(allowed('https://acme.api.io/', ['*.api.io'])).toBe(true);
    expect(allowed('https://a.b.api.io/', ['*.api.io'])).toBe(false);
    expect(allowed('https://api.io/', ['*.api.io'])).toBe(false);
  });
});

describe('collectAllowedHosts', () => {
  it('derives hosts from server URLs and their variables', () => {
    expect(
      collectAllowedHosts([
        { url: 'https://api.example.com/v1', variables: {} },
        { url: 'http://localhost:4010', variables: {} },
        { url: '/relative', variables: {} },
        { url: 'https://{region}.example.com/{basePath}', variables: { region: { default: 'eu', enum: ['eu', 'us'] }, basePath: { default: 'v2' } } },
        { url: 'https://{tenant}.saas.io', variables: { tenant: { default: 'demo' } } },
        { url: 'https://api.io:{port}', variables: { port: { default: '8443' } } },
      ]),
    ).toEqual(['api.example.com', 'localhost:4010', 'eu.example.com', 'us.example.com', '*.saas.io', 'api.io:8443']);
  });
});
