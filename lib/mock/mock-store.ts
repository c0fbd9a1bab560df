import type { MockState, MockStore } from './types';

export function emptyMockState(): MockState {
  return { records: {}, deleted: {}, counter: 0 };
}

export function createMemoryMockStore(initial: MockState = emptyMockState()): MockStore {
  let state = initial;
  return {
    read: () => state,
    write: (next) => {
      state = next;
    },
  };
}

function isMockState(value: unknown): value is MockState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.records === 'object' && v.records !== null && typeof v.deleted === 'object' && v.deleted !== null && typeof v.counter === 'number';
}

/**
 * A store kept in Web Storage (the console passes sessionStorage), so what a reader created on
 * one operation page is found on the next page of the same tab. A full or refused storage
 * falls back to memory: the mock still answers, it only forgets sooner.
 */
export function createWebStorageMockStore(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined, key: string): MockStore {
  const memory = createMemoryMockStore();
  return {
    read: () => {
      try {
        const parsed: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
        return isMockState(parsed) ? parsed : memory.read();
      } catch {
        return memory.read();
      }
    },
    write: (state) => {
      memory.write(state);
      try {
        storage?.setItem(key, JSON.stringify(state));
      } catch {
        // Quota or privacy mode: memory keeps it for this page.
      }
    },
  };
}

export function mockStorageKey(apiId: string): string {
  return `portico:try-it-mock:${apiId}`;
}
