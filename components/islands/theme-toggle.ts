type Theme = 'light' | 'dark';
const STORAGE_KEY = 'portico-theme';

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/** The button names the theme it switches to; CSS shows the matching icon from `data-theme`. */
function label(): void {
  const next = currentTheme() === 'dark' ? 'light' : 'dark';
  for (const button of document.querySelectorAll<HTMLButtonElement>('.theme-toggle')) {
    button.setAttribute('aria-label', `Switch to ${next} theme`);
    button.title = `Switch to ${next} theme`;
  }
}

/** The header's theme button (components/layout/theme-toggle.tsx), and following the system while the reader has not chosen. */
export function startThemeToggle(): void {
  label();
  new MutationObserver(label).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('.theme-toggle')) return;
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be off (private mode): the choice lasts for this page.
    }
  });
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', () => {
    if (!localStorage.getItem(STORAGE_KEY)) document.documentElement.dataset.theme = media.matches ? 'dark' : 'light';
  });
}
