import { describe, expect, it } from 'vitest';
import { authStorageKey, consentStorageKey, forgetAuth, loadAuth, loadConsents, saveAuth, saveConsents, type StorageLike, type StoredAuth } from './auth-storage';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const API = 'https://api.example.com';
const auth: StoredAuth = {
  values: { ApiKeyAuth: { kind: 'apiKey', value: 'demo-key' } },
  origins: { ApiKeyAuth: API },
  oauth: { OAuth: { clientId: 'c', clientSecret: '', scopes: ['read'] } },
};
const EMPTY = { values: {}, origins: {}, oauth: {} };

describe('auth storage', () => {
  it('keeps credentials for the session only, unless remembered', () => {
    const session = memoryStorage();
    const local = memoryStorage();
    saveAuth('bookshelf', auth, false, session, local);
    expect(local.data.size).toBe(0);
    expect(loadAuth('bookshelf', session, local)).toEqual({ auth, remember: false });
    expect(loadAuth('other-api', session, local).auth).toEqual(EMPTY);
  });

  it('remembers on the device when asked, and forgets when unticked', () => {
    const session = memoryStorage();
    const local = memoryStorage();
    saveAuth('bookshelf', auth, true, session, local);
    expect(loadAuth('bookshelf', memoryStorage(), local)).toEqual({ auth, remember: true });
    saveAuth('bookshelf', auth, false, session, local);
    expect(local.data.has(authStorageKey('bookshelf'))).toBe(false);
  });

  it('forgets one scope (an environment) on the tab and the device, leaving the others', () => {
    const session = memoryStorage();
    const local = memoryStorage();
    saveAuth('bookshelf', auth, true, session, local);
    saveAuth('bookshelf~env~a', auth, true, session, local);
    saveConsents('bookshelf~env~a', ['https://b.example'], session);
    forgetAuth('bookshelf~env~a', session, local);
    expect(loadAuth('bookshelf~env~a', session, local)).toEqual({ auth: EMPTY, remember: false });
    expect(loadConsents('bookshelf~env~a', session)).toEqual([]);
    expect(loadAuth('bookshelf', session, local)).toEqual({ auth, remember: true });
  });

  it('ignores malformed stored data and failing storage', () => {
    const session = memoryStorage();
    session.setItem(authStorageKey('x'), '{"values":{"A":{"kind":"apiKey","value":5},"B":{"kind":"token","token":"t"}},"origins":{"A":"https://a.example","B":"https://b.example"}}');
    expect(loadAuth('x', session, undefined).auth.values).toEqual({ B: { kind: 'token', token: 't' } });
    session.setItem(authStorageKey('y'), 'not json');
    expect(loadAuth('y', session, undefined).auth).toEqual(EMPTY);
    const broken: StorageLike = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    expect(() => saveAuth('z', auth, true, broken, broken)).not.toThrow();
    expect(loadAuth('z', broken, broken).auth).toEqual(EMPTY);
  });

  it('binds credentials stored before origins existed to the API\'s server, or drops them', () => {
    const local = memoryStorage();
    local.setItem(authStorageKey('old'), JSON.stringify({ values: { T: { kind: 'token', token: 't' } }, oauth: {} }));
    expect(loadAuth('old', undefined, local, API).auth).toMatchObject({ values: { T: { kind: 'token', token: 't' } }, origins: { T: API } });
    expect(loadAuth('old', undefined, local).auth).toEqual(EMPTY);
  });

  it('never trusts a stored origin that is not an http(s) origin', () => {
    const session = memoryStorage();
    const values = { T: { kind: 'token', token: 't' } };
    for (const origin of ['javascript:alert(1)', 'https://api.example.com/path', 'null', 42]) {
      session.setItem(authStorageKey('bad'), JSON.stringify({ values, origins: { T: origin } }));
      expect(loadAuth('bad', session, undefined).auth.values).toEqual({});
      expect(loadAuth('bad', session, undefined, API).auth.origins).toEqual({ T: API });
    }
  });
});

describe('consent storage', () => {
  it('keeps allowed origins per API in the session store, never on the device', () => {
    const session = memoryStorage();
    saveConsents('bookshelf', ['http://localhost:4010'], session);
    expect(loadConsents('bookshelf', session)).toEqual(['http://localhost:4010']);
    expect(loadConsents('other-api', session)).toEqual([]);
    saveConsents('bookshelf', [], session);
    expect(session.data.has(consentStorageKey('bookshelf'))).toBe(false);
  });

  it('ignores anything that is not a list of origins', () => {
    const session = memoryStorage();
    session.setItem(consentStorageKey('x'), '["https://ok.example", "javascript:x", 3, "https://ok.example/path"]');
    expect(loadConsents('x', session)).toEqual(['https://ok.example']);
    session.setItem(consentStorageKey('x'), '{');
    expect(loadConsents('x', session)).toEqual([]);
  });
});
