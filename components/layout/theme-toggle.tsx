import { MoonIcon, SunIcon } from '@/components/icons/icons';

/** The theme button: components/islands/theme-toggle.ts names and runs it; CSS shows the sun in the dark theme and the moon in the light one. */
export function ThemeToggle() {
  return (
    <button type="button" className="icon-button theme-toggle needs-js" aria-label="Switch theme" title="Switch theme">
      <SunIcon className="theme-icon-dark" />
      <MoonIcon className="theme-icon-light" />
    </button>
  );
}
