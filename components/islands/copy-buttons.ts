import { BASE_PATH } from '@/components/base-path';

/** Says "Copied" on the button (text and name) for a moment, then its own label (`data-label`) again. */
function flashCopied(button: HTMLElement): void {
  button.setAttribute('aria-label', 'Copied');
  button.textContent = 'Copied';
  setTimeout(() => {
    button.setAttribute('aria-label', button.dataset.label ?? 'Copy');
    button.textContent = 'Copy';
  }, 1500);
}

/**
 * Copy buttons: a code block's "Copy" (components/reference/copy-code-button.tsx) copies the
 * block's text as the DOM holds it, so pages do not carry each sample twice; "Copy page as
 * Markdown" (components/layout/copy-markdown-button.tsx) fetches the page's twin when pressed.
 */
export function startCopyButtons(): void {
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const code = target?.closest<HTMLButtonElement>('button.copy-button');
    if (code) {
      const text = code.closest('.code-block')?.querySelector('pre')?.textContent ?? '';
      void navigator.clipboard.writeText(text).then(() => flashCopied(code));
      return;
    }
    const markdown = target?.closest<HTMLButtonElement>('button[data-markdown-href]');
    if (markdown) void copyMarkdown(markdown);
  });
}

async function copyMarkdown(button: HTMLButtonElement): Promise<void> {
  const status = button.closest('.page-actions')?.querySelector('[role="status"]');
  try {
    const response = await fetch(`${BASE_PATH}${button.dataset.markdownHref}`);
    if (!response.ok) throw new Error(String(response.status));
    await navigator.clipboard.writeText(await response.text());
    if (status) status.textContent = 'Copied the page as Markdown';
  } catch {
    if (status) status.textContent = 'Could not copy; open "View as Markdown" instead';
  }
  setTimeout(() => status && (status.textContent = ''), 2000);
}
