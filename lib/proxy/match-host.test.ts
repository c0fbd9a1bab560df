import { describe, expect, it } from 'vitest';
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
