function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName)));
}

let dialog: Promise<{ open(): void }> | undefined;

/** React, the dialog and the index load the first time search is opened. */
function openSearch(): void {
  dialog ??= import('./search-root').then((module) => module.mountSearchDialog());
  void dialog.then((mounted) => mounted.open());
}

/** The header's search button (components/search/search-button.tsx) and the Ctrl/Cmd+K and `/` shortcuts. */
export function startSearch(): void {
  window.addEventListener('keydown', (event) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
    if (shortcut || (event.key === '/' && !isTyping(event.target))) {
      event.preventDefault();
      openSearch();
    }
  });
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('.search-button')) openSearch();
  });
}
