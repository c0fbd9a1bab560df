import { describe, expect, it } from 'vitest';
import { checkSpecUrl, isWebUrl } from './url-policy';

describe('checkSpecUrl', () => {
  it.each([
    ['https://api.example.com/v1', 'server'],
    ['http://127.0.0.1:4010', 'server'],
    ['/v1', 'server'],
    ['{scheme}://{host}/v1', 'server'],
    ['https://login.example.com/authorize', 'link'],
    ['#section', 'link'],
    ['../guide', 'link'],
  ] as const)('accepts %s as a %s URL', (url, kind) => {
    expect(checkSpecUrl(url, kind).ok).toBe(true);
  });

  it.each([
    ['javascript:alert(1)//', 'javascript'],
    [' JavaScript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['vbscript:msgbox', 'vbscript'],
    ['file:///etc/passwd', 'file'],
  ])('refuses %j, naming the scheme', (url, scheme) => {
    expect(checkSpecUrl(url, 'link')).toEqual({ ok: false, scheme });
    expect(checkSpecUrl(url, 'server')).toEqual({ ok: false, scheme });
  });
});

describe('isWebUrl', () => {
  it('takes only absolute http(s) URLs', () => {
    expect(isWebUrl('https://a.example/x')).toBe(true);
    expect(isWebUrl('HTTP://a.example')).toBe(true);
    expect(isWebUrl('/relative')).toBe(false);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('java\nscript:alert(1)')).toBe(false);
    expect(isWebUrl('https://')).toBe(false);
  });
});
