'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { EMPTY_AUTH, loadAuth, loadConsents, saveAuth, saveConsents, type OAuthSettings, type StoredAuth } from '@/lib/tryit/auth-storage';
import type { AuthValue } from '@/lib/request/types';

function storages(): { session?: Storage; local?: Storage } {
  try {
    return { session: window.sessionStorage, local: window.localStorage };
  } catch {
    return {};
  }
}

export interface AuthState {
  auth: StoredAuth;
  remember: boolean;
  /** Origins the reader allowed this API's credentials to go to, this session. */
  consents: string[];
  /** Stores a credential, bound to the origin it is being entered for. */
  setValue(scheme: string, value: AuthValue | undefined): void;
  setOAuth(scheme: string, settings: OAuthSettings): void;
  setRemember(remember: boolean): void;
  setConsent(origin: string, allowed: boolean): void;
  clear(): void;
}

/**
 * Credentials per API (every operation page of the API sees the same ones),
 * in sessionStorage, and in localStorage only while "Remember" is ticked.
 * Consents to send them to other origins live in sessionStorage only. `apiId` is the storage scope:
 * the API, or the API and a chosen environment (see `authScope`), each with credentials of its own.
 * @param apiOrigin the API's own server origin, for credentials stored before they carried one
 * @param entryOrigin where a credential typed now is bound (see `entryOrigin` in lib/tryit/credential-scope)
 */
export function useAuthState(apiId: string, apiOrigin: string | undefined, entryOrigin: string | undefined): AuthState {
  const load = (scope: string) => {
    const { session, local } = storages();
    return { scope, ...loadAuth(scope, session, local, apiOrigin) };
  };
  const [state, setState] = useState(() => load(apiId));
  const [consents, setConsents] = useState(() => loadConsents(apiId, storages().session));
  if (state.scope !== apiId) {
    // Another environment was chosen: its own credentials replace these before anything is saved or sent.
    setState(load(apiId));
    setConsents(loadConsents(apiId, storages().session));
  }
  const bindTo = useRef(entryOrigin);
  useEffect(() => {
    bindTo.current = entryOrigin;
  }, [entryOrigin]);

  useEffect(() => {
    const { session, local } = storages();
    saveAuth(state.scope, state.auth, state.remember, session, local);
  }, [state]);

  useEffect(() => saveConsents(apiId, consents, storages().session), [apiId, consents]);

  const setValue = useCallback((scheme: string, value: AuthValue | undefined) => {
    const origin = value ? bindTo.current : undefined;
    setState((s) => ({ ...s, auth: { ...s.auth, values: { ...s.auth.values, [scheme]: value }, origins: { ...s.auth.origins, [scheme]: origin } } }));
  }, []);
  const setOAuth = useCallback((scheme: string, settings: OAuthSettings) => {
    setState((s) => ({ ...s, auth: { ...s.auth, oauth: { ...s.auth.oauth, [scheme]: settings } } }));
  }, []);
  const setRemember = useCallback((remember: boolean) => setState((s) => ({ ...s, remember })), []);
  const setConsent = useCallback(
    (origin: string, allowed: boolean) => setConsents((list) => (allowed ? [...list.filter((o) => o !== origin), origin] : list.filter((o) => o !== origin))),
    [],
  );
  // Clearing forgets where the credentials may go too: a consent outliving its credential would silently apply to the next one.
  const clear = useCallback(() => {
    setState((s) => ({ ...s, auth: EMPTY_AUTH }));
    setConsents([]);
  }, []);
  return { auth: state.auth, remember: state.remember, consents, setValue, setOAuth, setRemember, setConsent, clear };
}
