'use client';

import { useCallback, useEffect, useState } from 'react';
import { EMPTY_AUTH, loadAuth, saveAuth, type OAuthSettings, type StoredAuth } from '@/lib/tryit/auth-storage';
import type { AuthValue } from '@/lib/tryit/types';

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
  setValue(scheme: string, value: AuthValue | undefined): void;
  setOAuth(scheme: string, settings: OAuthSettings): void;
  setRemember(remember: boolean): void;
  clear(): void;
}

/**
 * Credentials per API (every operation page of the API sees the same ones),
 * in sessionStorage, and in localStorage only while "Remember" is ticked.
 */
export function useAuthState(apiId: string): AuthState {
  const [state, setState] = useState(() => {
    const { session, local } = storages();
    return loadAuth(apiId, session, local);
  });

  useEffect(() => {
    const { session, local } = storages();
    saveAuth(apiId, state.auth, state.remember, session, local);
  }, [apiId, state]);

  const setValue = useCallback((scheme: string, value: AuthValue | undefined) => {
    setState((s) => ({ ...s, auth: { ...s.auth, values: { ...s.auth.values, [scheme]: value } } }));
  }, []);
  const setOAuth = useCallback((scheme: string, settings: OAuthSettings) => {
    setState((s) => ({ ...s, auth: { ...s.auth, oauth: { ...s.auth.oauth, [scheme]: settings } } }));
  }, []);
  const setRemember = useCallback((remember: boolean) => setState((s) => ({ ...s, remember })), []);
  const clear = useCallback(() => setState((s) => ({ ...s, auth: EMPTY_AUTH })), []);
  return { ...state, setValue, setOAuth, setRemember, clear };
}
