import { describe, expect, it } from 'vitest';
import { createWebStorageMockStore, emptyMockState, mockStorageKey } from './mock-store';

function fakeStorage(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('createWebStorageMockStore', () => {
  it('keeps records across stores on the same storage (the next page of the tab)', () => {
    const storage = fakeStorage();
    const key = mockStorageKey('bookshelf');
    createWebStorageMockStore(storage, key).write({ ...emptyMockState(), counter: 1, records: { '/books': { bk_mock1: { id: 'bk_mock1' } } } });
    expect(createWebStorageMockStore(storage, key).read().records['/books']).toEqual({ bk_mock1: { id: 'bk_mock1' } });
    expect(key).toBe('portico:try-it-mock:bookshelf');
  });

  it('reads garbage as an empty state and survives a storage that refuses writes', () => {
    const storage = fakeStorage();
    storage.data.set('k', '{"records": 3}');
    expect(createWebStorageMockStore(storage, 'k').read()).toEqual(emptyMockState());
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    const store = createWebStorageMockStore(full, 'k');
    store.write({ ...emptyMockState(), counter: 7 });
    expect(store.read().counter).toBe(7);
  });
});
