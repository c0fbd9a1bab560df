import { createRoot } from 'react-dom/client';
import { SearchDialog } from '@/components/search/search-dialog.client';

/** Mounts the search dialog in a root of its own at the end of the body; `open` shows it again after it was closed. */
export function mountSearchDialog(): { open(): void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const render = (open: boolean) => root.render(<SearchDialog open={open} onClose={() => render(false)} />);
  return { open: () => render(true) };
}
