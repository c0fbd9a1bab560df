'use client';

import { useId, useState, type ReactNode } from 'react';

/**
 * Tab buttons over server-rendered panels. Without JavaScript every panel shows,
 * each under its title, so nothing is hidden from a plain page.
 */
export function TabsView({ titles, panels, className }: { titles: string[]; panels: ReactNode[]; className?: string }) {
  const [selected, setSelected] = useState(0);
  const id = useId();
  return (
    <div className={`tabs ${className ?? ''}`}>
      <div role="tablist" className="tab-list">
        {titles.map((title, index) => (
          <button
            key={`${title}-${index}`}
            type="button"
            role="tab"
            id={`${id}-tab-${index}`}
            aria-selected={index === selected}
            aria-controls={`${id}-panel-${index}`}
            tabIndex={index === selected ? 0 : -1}
            onClick={() => setSelected(index)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
              const next = (selected + (event.key === 'ArrowRight' ? 1 : -1) + titles.length) % titles.length;
              setSelected(next);
              document.getElementById(`${id}-tab-${next}`)?.focus();
            }}
          >
            {title}
          </button>
        ))}
      </div>
      {panels.map((panel, index) => (
        <div
          key={index}
          role="tabpanel"
          id={`${id}-panel-${index}`}
          aria-labelledby={`${id}-tab-${index}`}
          className="tab-panel"
          data-inactive={index !== selected ? '' : undefined}
        >
          <div className="tab-panel-title">{titles[index]}</div>
          {panel}
        </div>
      ))}
    </div>
  );
}
