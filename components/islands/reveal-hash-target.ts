/**
 * Opens the folded `<details>` that hold the element a URL fragment points at.
 * Browsers open a closed `<details>` when the target is inside its hidden content, but
 * not when the target is its `<summary>` (a folded response's heading), so a deep link
 * to `#response-400` would land on a heading whose content stays shut.
 */
function reveal(): void {
  let element: HTMLElement | null = null;
  try {
    element = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    return; // a malformed escape in the fragment names no element
  }
  while (element) {
    const details: HTMLDetailsElement | null = element.closest('details');
    if (!details) break;
    details.open = true;
    element = details.parentElement;
  }
}

/** Reveals the fragment's target on load and on every in-page jump. */
export function startRevealHashTarget(): void {
  reveal();
  window.addEventListener('hashchange', reveal);
}
