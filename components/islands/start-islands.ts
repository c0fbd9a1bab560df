import { startConsoles } from './console';
import { startCopyButtons } from './copy-buttons';
import { startLazySchemaRefs } from './lazy-schema-refs';
import { startMermaidDiagrams } from './mermaid-diagrams';
import { startNavSections } from './nav-sections';
import { startNavToggle } from './nav-toggle';
import { startRevealHashTarget } from './reveal-hash-target';
import { startSearch } from './search';
import { startTabGroups } from './tab-groups';
import { startThemeToggle } from './theme-toggle';

/**
 * The portal's islands without React: each listens on the document (delegated), so it holds for
 * markup added later too. React loads only with the console or the search dialog. Runs once per
 * page load: from the plain module script of an islands-only page (lib/static-html/islands-only.ts),
 * or from components/layout/islands-boot.client.tsx on pages that Next hydrates.
 */
export function startIslands(): void {
  const root = document.documentElement;
  if (root.dataset.islands) return;
  root.dataset.islands = 'started';
  startThemeToggle();
  startNavToggle();
  startSearch();
  startCopyButtons();
  startTabGroups();
  startRevealHashTarget();
  startLazySchemaRefs();
  startNavSections();
  startConsoles();
  startMermaidDiagrams();
}
