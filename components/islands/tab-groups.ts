/** The group's tabs and their panels, in order (components/layout/tab-group.tsx). */
function parts(group: Element): { tabs: HTMLElement[]; panels: HTMLElement[] } {
  return {
    tabs: [...group.querySelectorAll<HTMLElement>(':scope > [role="tablist"] > [role="tab"]')],
    panels: [...group.querySelectorAll<HTMLElement>(':scope > [role="tabpanel"]')],
  };
}

function readStored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Selects the tab with `id` in `group` (when it has one and it is not selected already), and
 * brings it into its row's view without moving the page. The row is measured in the next frame,
 * so that restoring a remembered tab on load does not force a layout of the whole page.
 */
function select(group: Element, id: string | undefined): void {
  const { tabs, panels } = parts(group);
  const index = tabs.findIndex((tab) => tab.dataset.tabId === id);
  if (index < 0 || tabs[index].getAttribute('aria-selected') === 'true') return;
  tabs.forEach((tab, i) => {
    tab.setAttribute('aria-selected', String(i === index));
    tab.tabIndex = i === index ? 0 : -1;
  });
  panels.forEach((panel, i) => (panel.dataset.active = String(i === index)));
  requestAnimationFrame(() => {
    const list = tabs[index].parentElement!;
    const row = list.getBoundingClientRect();
    const box = tabs[index].getBoundingClientRect();
    if (box.right > row.right) list.scrollLeft += box.right - row.right + 24;
    else if (box.left < row.left) list.scrollLeft -= row.left - box.left + 24;
  });
}

/** Every group that shares the storage key takes its remembered tab. */
function applyStored(key?: string): void {
  for (const group of document.querySelectorAll<HTMLElement>('[data-tab-group][data-storage-key]')) {
    const stored = group.dataset.storageKey;
    if (stored && (!key || key === stored)) select(group, readStored(stored));
  }
}

function choose(group: HTMLElement, id: string): void {
  const key = group.dataset.storageKey;
  if (!key) return select(group, id);
  try {
    localStorage.setItem(key, id);
  } catch {
    // Storage may be off (private mode); the choice then lasts only for this group.
    return select(group, id);
  }
  applyStored(key);
}

/** Tab groups: click and arrow keys switch; a remembered language applies to every group with its key, here and in other browser tabs. */
export function startTabGroups(): void {
  applyStored();
  window.addEventListener('storage', (event) => applyStored(event.key ?? undefined));
  document.addEventListener('click', (event) => {
    const tab = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-tab-group] [role="tab"]') : null;
    const group = tab?.closest<HTMLElement>('[data-tab-group]');
    if (tab?.dataset.tabId && group) choose(group, tab.dataset.tabId);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const tab = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-tab-group] [role="tab"]') : null;
    const group = tab?.closest<HTMLElement>('[data-tab-group]');
    if (!tab || !group) return;
    const { tabs } = parts(group);
    const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : -1) + tabs.length) % tabs.length];
    choose(group, next.dataset.tabId!);
    next.focus();
    event.preventDefault();
  });
}
