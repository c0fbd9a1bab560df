import { describe, expect, it } from 'vitest';
import { authStorageKey, loadAuth, saveAuth, type StorageLike, type StoredAuth } from './auth-storage';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const auth: StoredAuth = { values: { ApiKeyAuth: { kind: 'apiKey', value: 'demo-key' } }, oauth: { OAuth: { clientId: 'c', clientSecret: '', scopes: ['read'] } } };

describe('auth storage', () => {
  it('keeps credentials for the session only, unless remembered', () => {
    const session = memoryStorage();
    const local = memoryStorage();
    saveAuth('bookshelf', auth, false, session, local);
    expect(local.data.size).toBe(0);
    expect(loadAuth('bookshelf', session, local)).toEqual({ auth, remember: false });
    expect(loadAuth('other-api', session, local).auth).toEqual({ values: {}, oauth: {} });
  });

  it('remembers on the device when asked, and forgets when unticked', () => {
    const session = memoryStorage();
    const local = memoryStorage();
    saveAuth('bookshelf', auth, true, session, local);
    expect(loadAuth('bookshelf', memoryStorage(), local)).toEqual({ auth, remember: true });
    saveAuth('bookshelf', auth, false, session, local);
    expect(local.data.has(authStorageKey('bookshelf'))).toBe(false);
  });

  it('ignores malformed stored data and failing storage', () => {
    const session = memoryStorage();
    session.setItem(authStorageKey('x'), '{"values":{"A":{"kind":"apiKey","value":5},"B":{"kind":"token","token":"t"}}}');
    expect(loadAuth('x', session, undefined).auth.values).toEqual({ B: { kind: 'token', token: 't' } });
    session.setItem(authStorageKey('y'), 'not json');
    expect(loadAuth('y', session, undefined).auth).toEqual({ values: {}, oauth: {} });
    const broken: StorageLike = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    expect(() => saveAuth('z', auth, true, broken, broken)).not.toThrow();
    expect(loadAuth('z', broken, broken).auth).toEqual({ values: {}, oauth: {} });
  });
});
