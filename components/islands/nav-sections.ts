import { BASE_PATH } from '@/components/base-path';
import type { NavItem } from '@/lib/reference/build-api-nav';
import { methodLabel } from '@/lib/reference/method-label';

/** Marks a lazy section while its links load and once they are in, so a second toggle or click does not fetch again. */
type LoadState = 'loading' | 'loaded';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The same markup as lib/reference/api-nav-html.ts's lists, built with DOM calls: labels are spec text and never parsed as HTML. */
function linkList(items: readonly NavItem[], currentHref: string): HTMLUListElement {
  const list = element('ul');
  for (const item of items) {
    // The JSON is ours, but only a site path becomes a link.
    if (typeof item.href !== 'string' || !item.href.startsWith('/') || item.href.startsWith('//')) continue;
    const link = element('a', item.deprecated ? 'nav-deprecated' : undefined);
    link.setAttribute('href', `${BASE_PATH}${item.href}`);
    if (item.href === currentHref) link.setAttribute('aria-current', 'page');
    if (item.method) link.append(element('span', `method-badge method-${item.method.toLowerCase()}`, methodLabel(item.method)));
    link.append(element('span', 'nav-label', String(item.label)));
    if (item.deprecated) link.append(element('span', 'visually-hidden', ' (deprecated)'));
    const entry = element('li');
    entry.append(link);
    list.append(entry);
  }
  return list;
}

/** The section's file (`data-nav-url`) in the API's nav folder (`data-nav-base` on the sidebar): see lib/reference/api-nav-html.ts. */
function navDataUrl(details: HTMLDetailsElement): string | undefined {
  const file = details.dataset.navUrl;
  const base = details.closest<HTMLElement>('[data-nav-base]')?.dataset.navBase;
  if (!file || !base || !/^[\w.-]+\.json$/.test(file)) return undefined;
  return `${base}${file}`;
}

/**
 * Fills a lazy section from its JSON file: "Loading…" meanwhile; on failure the fallback links
 * (and "Show all") come back, so the reader can try again or go to the overview.
 */
async function loadSection(details: HTMLDetailsElement): Promise<void> {
  const more = details.querySelector(':scope > .nav-more');
  const url = navDataUrl(details);
  if (!more || !url || details.dataset.navState) return;
  details.dataset.navState = 'loading' satisfies LoadState;
  const fallback = [...more.childNodes];
  const status = element('span', undefined, 'Loading…');
  status.setAttribute('aria-live', 'polite');
  more.replaceChildren(status);
  try {
    const response = await fetch(`${BASE_PATH}${url}`);
    if (!response.ok) throw new Error(String(response.status));
    const data = (await response.json()) as { items?: unknown };
    if (!Array.isArray(data.items)) throw new Error('no items');
    details.querySelector(':scope > ul')?.remove();
    more.replaceWith(linkList(data.items as NavItem[], details.closest<HTMLElement>('[data-nav-current]')?.dataset.navCurrent ?? ''));
    details.dataset.navState = 'loaded' satisfies LoadState;
  } catch {
    more.replaceChildren(...fallback);
    delete details.dataset.navState;
  }
}

/** A closed section opened: load it. A long current section (it has "Show all") loads only on that button. */
function isLazyClosedSection(details: HTMLDetailsElement): boolean {
  return Boolean(details.dataset.navUrl) && !details.querySelector(':scope > .nav-more .nav-show-all');
}

/**
 * The API sidebar's lazy sections (static HTML from lib/reference/api-nav-html.ts): a section's
 * links load when the reader opens it or presses "Show all", through one delegated listener each
 * for `toggle` (which does not bubble, hence the capture phase) and `click`.
 */
export function startNavSections(): void {
  document.addEventListener(
    'toggle',
    (event) => {
      const details = event.target;
      if (details instanceof HTMLDetailsElement && details.open && isLazyClosedSection(details)) void loadSection(details);
    },
    true,
  );
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('.nav-show-all') : null;
    const details = button?.closest('details');
    if (details?.dataset.navUrl) void loadSection(details);
  });
  // A section the reader opened before the script ran.
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-nav-url][open]')) {
    if (isLazyClosedSection(details)) void loadSection(details);
  }
}
