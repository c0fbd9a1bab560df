/** The phone layout's menu button (components/layout/nav-toggle.tsx): opens the sidebar as a drawer; CSS swaps its icon from `aria-expanded`. */
export function startNavToggle(): void {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('.nav-toggle') : null;
    if (!button) return;
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    document.body.classList.toggle('nav-open', open);
  });
}
