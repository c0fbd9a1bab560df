'use client';

import { useSyncExternalStore } from 'react';
import { MoonIcon, SunIcon } from '@/components/icons/icons';

type Theme = 'light' | 'dark';
const STORAGE_KEY = 'portico-theme';

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  // Follow the system while the reader has not chosen a theme.
  const media = matchMedia('(prefers-color-scheme: dark)');
  const followSystem = () => {
    if (!localStorage.getItem(STORAGE_KEY)) document.documentElement.dataset.theme = media.matches ? 'dark' : 'light';
  };
  media.addEventListener('change', followSystem);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', followSystem);
  };
}

export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | undefined>(subscribe, currentTheme, () => undefined);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button needs-js"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => {
        document.documentElement.dataset.theme = next;
        localStorage.setItem(STORAGE_KEY, next);
      }}
    >
      {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}
