'use client';

import { useCallback, useState } from 'react';
import { addHistoryEntry, historyKey, parseHistory, type HistoryEntry } from '@/lib/tryit/request-history';

function local(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage blocked: the history lasts as long as the page.
    return undefined;
  }
}

function write(key: string, entries: HistoryEntry[]): void {
  try {
    if (entries.length === 0) local()?.removeItem(key);
    else local()?.setItem(key, JSON.stringify(entries));
  } catch {
    // Quota exceeded: keep showing what we have.
  }
}

/** The API's last requests, kept in localStorage (per API, shared by its pages and tabs). */
export function useRequestHistory(apiId: string) {
  const key = historyKey(apiId);
  const [entries, setEntries] = useState<HistoryEntry[]>(() => parseHistory(local()?.getItem(key) ?? null));
  const record = useCallback(
    (entry: HistoryEntry) => {
      // Read again first: another page or tab of this API may have added entries since.
      const next = addHistoryEntry(parseHistory(local()?.getItem(key) ?? null), entry);
      write(key, next);
      setEntries(next);
    },
    [key],
  );
  const clear = useCallback(() => {
    write(key, []);
    setEntries([]);
  }, [key]);
  return { entries, record, clear };
}

export type RequestHistory = ReturnType<typeof useRequestHistory>;
