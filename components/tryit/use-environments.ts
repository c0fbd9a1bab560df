'use client';

import { useCallback, useEffect, useState } from 'react';
import { authStorageKey, forgetAuth } from '@/lib/tryit/auth-storage';
import { environmentsKey, newEnvironmentId, parseEnvironmentStore, type Environment, type EnvironmentStore } from '@/lib/tryit/environments';

const CHANGE_EVENT = 'portico:environments-change';

function storage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return window[kind];
  } catch {
    // Storage blocked: environments last as long as the page.
    return undefined;
  }
}

function read(apiId: string): EnvironmentStore {
  return parseEnvironmentStore(storage('localStorage')?.getItem(environmentsKey(apiId)) ?? null);
}

function write(apiId: string, store: EnvironmentStore): void {
  try {
    if (store.environments.length === 0) storage('localStorage')?.removeItem(environmentsKey(apiId));
    else storage('localStorage')?.setItem(environmentsKey(apiId), JSON.stringify(store));
  } catch {
    // Quota exceeded: the change holds for this page.
  }
}

/** Where the auth panel keeps credentials: per API, or per API and environment, so each environment has its own. */
export function authScope(apiId: string, active: string | undefined): string {
  return active ? `${apiId}~env~${active}` : apiId;
}

/** The environment a console opening now starts with. */
export function readActiveEnvironment(apiId: string): Environment | undefined {
  const store = read(apiId);
  return store.environments.find((e) => e.id === store.active);
}

/** A new environment starts with the credentials in use, stored the same way (tab, or device when remembered). */
function copyCredentials(from: string, to: string): void {
  try {
    for (const kind of ['sessionStorage', 'localStorage'] as const) {
      const text = storage(kind)?.getItem(authStorageKey(from));
      if (text) storage(kind)?.setItem(authStorageKey(to), text);
    }
  } catch {
    // Storage blocked or full: the new environment starts without credentials.
  }
}

/**
 * The API's environments (localStorage, shared by all its pages and tabs). A change made in one
 * console reaches the API's other consoles on the page, which apply a newly chosen environment too.
 * @param onChosen called with the environment this console should apply after a switch (here or in another console)
 */
export function useEnvironments(apiId: string, onChosen: (environment: Environment | undefined) => void) {
  const [store, setStore] = useState(() => read(apiId));

  useEffect(() => {
    const follow = (event: Event) => {
      const detail = (event as CustomEvent<{ apiId: string; switched: boolean }>).detail;
      if (detail.apiId !== apiId) return;
      const next = read(apiId);
      setStore(next);
      if (detail.switched) onChosen(next.environments.find((e) => e.id === next.active));
    };
    window.addEventListener(CHANGE_EVENT, follow);
    return () => window.removeEventListener(CHANGE_EVENT, follow);
  }, [apiId, onChosen]);

  /** Stores the new set and tells every console of the API on the page, this one included. */
  const commit = useCallback(
    (next: EnvironmentStore, switched = false) => {
      write(apiId, next);
      setStore(next);
      window.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: { apiId, switched } }));
    },
    [apiId],
  );

  const choose = useCallback((id: string | undefined) => commit({ ...read(apiId), active: id }, true), [apiId, commit]);
  const create = useCallback(
    (name: string, from: (blank: Environment) => Environment) => {
      const environment = from({ id: newEnvironmentId(), name, variables: {}, parameters: {} });
      const current = read(apiId);
      copyCredentials(authScope(apiId, current.active), authScope(apiId, environment.id));
      commit({ active: environment.id, environments: [...current.environments, environment] }, true);
    },
    [apiId, commit],
  );
  const update = useCallback(
    (id: string, change: (environment: Environment) => Environment) => {
      const current = read(apiId);
      commit({ ...current, environments: current.environments.map((e) => (e.id === id ? change(e) : e)) });
    },
    [apiId, commit],
  );
  const remove = useCallback(
    (id: string) => {
      const current = read(apiId);
      // Its credentials go with it: nothing could reach them again.
      forgetAuth(authScope(apiId, id), storage('sessionStorage'), storage('localStorage'));
      commit({ active: current.active === id ? undefined : current.active, environments: current.environments.filter((e) => e.id !== id) }, current.active === id);
    },
    [apiId, commit],
  );
  const replaceAll = useCallback((next: EnvironmentStore) => commit(next), [commit]);

  const active = store.environments.find((e) => e.id === store.active);
  return { store, active, choose, create, update, remove, replaceAll };
}

export type Environments = ReturnType<typeof useEnvironments>;
