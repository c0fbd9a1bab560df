import { describe, expect, it } from 'vitest';
import { hasReachableServer, isReachableServerUrl } from './has-reachable-server';

describe('isReachableServerUrl', () => {
  it.each(['https://api.github.com', 'http://127.0.0.1:4010', 'http://localhost:8080/v1', 'https://eu.api.io'])('%s is reachable', (url) => {
    expect(isReachableServerUrl(url)).toBe(true);
  });

  it.each(['/v1', '', 'https://api.example.com/v1', 'https://example.org', 'https://api.bookshelf.example/v1', 'http://petstore.test', 'https://x.invalid', 'ftp://files.acme.io', 'https://{host}/v1'])(
    '%s is not',
    (url) => {
      expect(isReachableServerUrl(url)).toBe(false);
    },
  );
});

describe('hasReachableServer', () => {
  it('fills variables with their defaults and needs one reachable server', () => {
    expect(hasReachableServer([])).toBe(false);
    expect(hasReachableServer([{ url: '/api', variables: {} }, { url: 'https://{env}.example.com', variables: { env: { default: 'prod' } } }])).toBe(false);
    expect(hasReachableServer([{ url: 'https://{env}.acme.io', variables: { env: { default: 'prod' } } }])).toBe(true);
  });
});
