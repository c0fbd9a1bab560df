'use client';

import { useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';

const CHANGE_EVENT = 'portico-code-tab';

function subscribe(onChange: () => void): () => void {
  // `storage` covers other browser tabs; the custom event the other tab groups on this page.
  window.addEventListener('storage', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

function readStored(key: string | undefined): string | undefined {
  if (!key) return undefined;
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

export interface CodeTab {
  id: string;
  label: string;
}

/**
 * Tabs over server-rendered panels. With `storageKey` the choice is remembered
 * (localStorage) and shared by every tab group with the same key, on this page
 * and the next. Without JavaScript all panels show, each under its label
 * (the `html.js` class gates the hiding in CSS).
 */
export function CodeTabs({ tabs, storageKey, label, children }: { tabs: CodeTab[]; storageKey?: string; label: string; children: ReactNode[] }) {
  const stored = useSyncExternalStore(subscribe, () => readStored(storageKey), () => undefined);
  const [local, setLocal] = useState<string | undefined>(undefined);
  const wanted = storageKey ? stored : local;
  const selected = tabs.some((tab) => tab.id === wanted) ? wanted! : tabs[0]?.id;
  const base = useId();
  const listRef = useRef<HTMLDivElement>(null);

  // A remembered language may sit past the visible end of a narrow tab row: bring it into the row's view
  // (the row only, so the page does not jump).
  useEffect(() => {
    const list = listRef.current;
    const tab = list?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (!list || !tab) return;
    const row = list.getBoundingClientRect();
    const box = tab.getBoundingClientRect();
    if (box.right > row.right) list.scrollLeft += box.right - row.right + 24;
    else if (box.left < row.left) list.scrollLeft -= row.left - box.left + 24;
  }, [selected]);

  function choose(id: string) {
    if (!storageKey) return setLocal(id);
    try {
      localStorage.setItem(storageKey, id);
    } catch {
      // Storage may be off (private mode); the choice then lasts only for this page.
      setLocal(id);
    }
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }

  return (
    <div className="code-tabs">
      <div role="tablist" aria-label={label} className="tab-list" ref={listRef}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${base}-tab-${index}`}
            aria-selected={tab.id === selected}
            aria-controls={`${base}-panel-${index}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => choose(tab.id)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const next = (index + (event.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length;
              choose(tabs[next].id);
              document.getElementById(`${base}-tab-${next}`)?.focus();
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, index) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${index}`}
          aria-labelledby={`${base}-tab-${index}`}
          className="code-tab-panel"
          data-active={tab.id === selected ? 'true' : 'false'}
        >
          <div className="code-tab-title">{tab.label}</div>
          {children[index]}
        </div>
      ))}
    </div>
  );
}
