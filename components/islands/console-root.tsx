import { createRoot } from 'react-dom/client';
import { ConsoleLoader } from '@/components/tryit/console-loader.client';
import type { TryItLoaderProps } from '@/components/tryit/types';

/** Renders the console in a root of its own inside the section's mount, in place of the button. */
export function mountConsole(mount: HTMLElement, props: TryItLoaderProps): void {
  const container = document.createElement('div');
  mount.append(container);
  mount.querySelector<HTMLElement>('.tryit-launch')?.setAttribute('hidden', '');
  createRoot(container).render(<ConsoleLoader {...props} />);
}
