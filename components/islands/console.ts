import type { TryItLoaderProps } from '@/components/tryit/types';

/** Mounts one section's console (React and the console's code load then) and retires its button. */
function open(mount: HTMLElement): void {
  if (mount.dataset.consoleState) return;
  mount.dataset.consoleState = 'loading';
  const props = JSON.parse(mount.querySelector('script.tryit-props')?.textContent ?? '{}') as TryItLoaderProps;
  void import('./console-root').then((module) => module.mountConsole(mount, props));
}

/**
 * The "Try it" sections (components/tryit/try-it-section.tsx): each console loads when its
 * section comes near the viewport, when its button is pressed, or at once on a page opened from
 * a shared request (`#try=`, see lib/tryit/share-request; the console reads the request itself).
 */
export function startConsoles(): void {
  const mounts = [...document.querySelectorAll<HTMLElement>('.tryit-mount')];
  if (mounts.length === 0) return;
  document.addEventListener('click', (event) => {
    const mount = event.target instanceof Element ? event.target.closest<HTMLElement>('.tryit-launch button')?.closest<HTMLElement>('.tryit-mount') : null;
    if (mount) open(mount);
  });
  if (location.hash.startsWith('#try=')) return mounts.forEach(open);
  // Without IntersectionObserver the buttons still open the consoles.
  if (!('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        open(entry.target as HTMLElement);
      }
    },
    { rootMargin: '600px 0px' },
  );
  mounts.forEach((mount) => observer.observe(mount));
}
