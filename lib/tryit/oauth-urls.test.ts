import { describe, expect, it } from 'vitest';
import { signInUrlsOf } from './oauth-urls';

const web = { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token' };

describe('signInUrlsOf', () => {
  it('gives each flow the checked URLs it uses', () => {
    expect(signInUrlsOf('authorizationCode', web)).toEqual(web);
    expect(signInUrlsOf('implicit', web)).toEqual({ authorizationUrl: web.authorizationUrl, tokenUrl: undefined });
    expect(signInUrlsOf('clientCredentials', web)).toEqual({ authorizationUrl: undefined, tokenUrl: web.tokenUrl });
    expect(signInUrlsOf('password', { tokenUrl: web.tokenUrl })).toEqual({ authorizationUrl: undefined, tokenUrl: web.tokenUrl });
  });

  it.each([
    ['implicit', { authorizationUrl: 'javascript:alert(opener.localStorage)//' }],
    ['implicit', { authorizationUrl: ' JAVASCRIPT:alert(1)' }],
    ['implicit', {}],
    ['authorizationCode', { authorizationUrl: web.authorizationUrl, tokenUrl: 'data:text/html,x' }],
    ['authorizationCode', { authorizationUrl: 'vbscript:x', tokenUrl: web.tokenUrl }],
    ['authorizationCode', { authorizationUrl: web.authorizationUrl }],
    ['clientCredentials', { tokenUrl: '/token' }],
    ['password', { tokenUrl: 'file:///etc/passwd' }],
  ] as const)('refuses %s with %j', (flow, urls) => {
    expect(signInUrlsOf(flow, urls)).toBeUndefined();
  });
});
