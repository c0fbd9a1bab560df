import { useId, type ReactNode } from 'react';

export interface Tab {
  id: string;
  label: string;
}

/** The class names of each kind of tab group: code samples in the reference, `<Tabs>` and `<CodeGroup>` in guides. */
const CLASSES = {
  code: { group: 'code-tabs', panel: 'code-tab-panel', title: 'code-tab-title' },
  guide: { group: 'tabs', panel: 'tab-panel', title: 'tab-panel-title' },
} as const;

/**
 * Tabs over server-rendered panels, switched by components/islands/tab-groups.ts. With
 * `storageKey` the choice is remembered (localStorage) and shared by every group with the same
 * key, on this page and the next. Without JavaScript all panels show, each under its label (the
 * `html.js` class gates the hiding in CSS).
 */
export function TabGroup({ tabs, kind, storageKey, label, className, children }: { tabs: Tab[]; kind: keyof typeof CLASSES; storageKey?: string; label?: string; className?: string; children: ReactNode[] }) {
  const base = useId();
  const classes = CLASSES[kind];
  return (
    <div className={className ? `${classes.group} ${className}` : classes.group} data-tab-group="" data-storage-key={storageKey}>
      <div role="tablist" aria-label={label} className="tab-list">
        {tabs.map((tab, index) => (
          <button key={tab.id} type="button" role="tab" id={`${base}-tab-${index}`} data-tab-id={tab.id} aria-selected={index === 0} aria-controls={`${base}-panel-${index}`} tabIndex={index === 0 ? 0 : -1}>
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab, index) => (
        <div key={tab.id} role="tabpanel" id={`${base}-panel-${index}`} aria-labelledby={`${base}-tab-${index}`} className={classes.panel} data-active={index === 0 ? 'true' : 'false'}>
          <div className={classes.title}>{tab.label}</div>
          {children[index]}
        </div>
      ))}
    </div>
  );
}
