import { describe, expect, it } from 'vitest';
import { classifyFetchError } from './classify-fetch-error';

const typeError = new TypeError('Failed to fetch');

describe('classifyFetchError', () => {
  it('recognizes mixed content', () => {
    const r = classifyFetchError(typeError, { pageProtocol: 'https:', targetUrl: 'http://api.example.com/x', online: true });
    expect(r.kind).toBe('mixed-content');
    expect(r.hints.join(' ')).toMatch(/https/);
  });
  it('recognizes offline before anything network-related', () => {
    expect(classifyFetchError(typeError, { pageProtocol: 'https:', targetUrl: 'https://api.example.com', online: false }).kind).toBe('offline');
  });
  it('explains CORS or an unreachable server, with the proxy as a fix', () => {
    const r = classifyFetchError(typeError, { pageProtocol: 'http:', targetUrl: 'http://localhost:4010/x', online: true });
    expect(r.kind).toBe('cors-or-network');
    expect(r.explanation).toContain('localhost:4010');
    expect(r.hints.join('\n')).toMatch(/running/);
    expect(r.hints.join('\n')).toMatch(/CORS/);
    expect(r.hints.join('\n')).toMatch(/proxy/);
  });
  it('names timeouts, cancellations and bad URLs', () => {
    const ctx = { pageProtocol: 'https:', targetUrl: 'https://api.example.com', online: true };
    expect(classifyFetchError(new DOMException('t', 'TimeoutError'), ctx).kind).toBe('timeout');
    expect(classifyFetchError(new DOMException('a', 'AbortError'), ctx).kind).toBe('aborted');
    expect(classifyFetchError(typeError, { ...ctx, targetUrl: '/relative' }).kind).toBe('invalid-url');
  });
});
