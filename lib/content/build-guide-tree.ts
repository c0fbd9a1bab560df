import type { GuideMeta, GuideMetaEntry } from './guide-meta';
import { guidePage } from '../site/page-registry';

/** What the tree needs of a guide (a `Guide` has all of it). */
export interface TreeGuide {
  slug: string[];
  title: string;
  navTitle: string;
  order: number;
  hidden: boolean;
  docsPath: string;
}

export type GuideNavNode =
  | { kind: 'page'; title: string; href: string }
  /** `href` is the folder's `index.mdx`, when it has one. */
  | { kind: 'folder'; title: string; href?: string; defaultOpen: boolean; children: GuideNavNode[] }
  | { kind: 'separator'; title: string }
  | { kind: 'external'; title: string; href: string };

export interface GuideTree {
  nodes: GuideNavNode[];
  /** `_meta.json` entries that name nothing, to print as warnings. */
  problems: string[];
}

interface Folder {
  path: string;
  name: string;
  index?: TreeGuide;
  pages: Map<string, TreeGuide>;
  folders: Map<string, Folder>;
}

function emptyFolder(folderPath: string): Folder {
  return { path: folderPath, name: folderPath.split('/').at(-1) ?? '', pages: new Map(), folders: new Map() };
}

function folderTreeOf(guides: readonly TreeGuide[]): Folder {
  const root = emptyFolder('');
  for (const guide of guides) {
    const parts = guide.docsPath.replace(/\.mdx$/, '').split('/');
    const name = parts.pop()!;
    let folder = root;
    for (const part of parts) {
      const folderPath = folder.path ? `${folder.path}/${part}` : part;
      if (!folder.folders.has(part)) folder.folders.set(part, emptyFolder(folderPath));
      folder = folder.folders.get(part)!;
    }
    if (name === 'index') folder.index = guide;
    else folder.pages.set(name, guide);
  }
  return root;
}

interface Sortable {
  order: number;
  title: string;
  node: GuideNavNode;
}

/** A guide's link, named and addressed as the page registry lists it. */
function pageNode(guide: TreeGuide): { kind: 'page'; title: string; href: string } {
  const page = guidePage(guide);
  return { kind: 'page', title: page.navTitle ?? page.title, href: page.href };
}

/** Builds one folder's children: `_meta.json` `pages` first, in its order, then the rest by `order` and title. */
function childrenOf(folder: Folder, metas: ReadonlyMap<string, GuideMeta>, problems: string[], isRoot: boolean): GuideNavNode[] {
  const meta = metas.get(folder.path);
  const listed = new Set<string>();
  const placed: GuideNavNode[] = [];
  const nodeFor = (name: string): GuideNavNode | undefined => {
    if (name === 'index') return isRoot && folder.index && !folder.index.hidden ? pageNode(folder.index) : undefined;
    const page = folder.pages.get(name);
    if (page) return page.hidden ? undefined : pageNode(page);
    const sub = folder.folders.get(name);
    return sub ? folderNode(sub, metas, problems) : undefined;
  };
  const exists = (name: string) => (name === 'index' ? Boolean(folder.index) : folder.pages.has(name) || folder.folders.has(name));
  for (const entry of meta?.pages ?? ([] as GuideMetaEntry[])) {
    if (typeof entry !== 'string') {
      placed.push('separator' in entry ? { kind: 'separator', title: entry.separator } : { kind: 'external', title: entry.title, href: entry.href });
      continue;
    }
    if (!exists(entry)) {
      problems.push(`docs/${folder.path ? `${folder.path}/` : ''}_meta.json: "pages" names "${entry}", which is neither a guide nor a folder there`);
      continue;
    }
    listed.add(entry);
    const node = nodeFor(entry);
    if (node) placed.push(node);
  }
  const rest: Sortable[] = [];
  if (isRoot && folder.index && !listed.has('index') && !folder.index.hidden) {
    // The root index is the docs' front page: first unless `_meta.json` places it.
    placed.splice(0, 0, pageNode(folder.index));
  }
  for (const [name, page] of folder.pages) {
    if (listed.has(name) || page.hidden) continue;
    const node = pageNode(page);
    rest.push({ order: page.order, title: node.title, node });
  }
  for (const [name, sub] of folder.folders) {
    if (listed.has(name)) continue;
    const node = folderNode(sub, metas, problems);
    if (node && node.kind === 'folder') rest.push({ order: sub.index?.order ?? Number.MAX_SAFE_INTEGER, title: node.title, node });
  }
  rest.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  return [...placed, ...rest.map((entry) => entry.node)];
}

function folderNode(folder: Folder, metas: ReadonlyMap<string, GuideMeta>, problems: string[]): GuideNavNode | undefined {
  const meta = metas.get(folder.path);
  const children = childrenOf(folder, metas, problems, false);
  const index = folder.index && !folder.index.hidden ? pageNode(folder.index) : undefined;
  if (!index && !children.some((child) => child.kind === 'page' || child.kind === 'folder')) return undefined;
  return {
    kind: 'folder',
    title: meta?.title ?? index?.title ?? folder.name,
    href: index?.href,
    defaultOpen: meta?.defaultOpen ?? false,
    children,
  };
}

/** The guides' navigation: folders from the `docs/` folder structure, ordered and titled by `_meta.json` and frontmatter. */
export function buildGuideTree(guides: readonly TreeGuide[], metas: ReadonlyMap<string, GuideMeta>): GuideTree {
  const problems: string[] = [];
  const nodes = childrenOf(folderTreeOf(guides), metas, problems, true);
  return { nodes, problems };
}

export interface NavPage {
  title: string;
  href: string;
}

/** Every page of the tree in reading order (a folder's own page before its children), for previous/next. */
export function readingOrder(nodes: readonly GuideNavNode[]): NavPage[] {
  return nodes.flatMap((node): NavPage[] => {
    if (node.kind === 'page') return [{ title: node.title, href: node.href }];
    if (node.kind === 'folder') return [...(node.href ? [{ title: node.title, href: node.href }] : []), ...readingOrder(node.children)];
    return [];
  });
}

/** The pages before and after `href` in reading order (none for a hidden page). */
export function neighboursOf(nodes: readonly GuideNavNode[], href: string): { previous?: NavPage; next?: NavPage } {
  const pages = readingOrder(nodes);
  const index = pages.findIndex((page) => page.href === href);
  if (index < 0) return {};
  return { previous: pages[index - 1], next: pages[index + 1] };
}

/** Whether `href` is the folder's page or any page inside it: such folders start open. */
export function folderContains(node: GuideNavNode, href: string): boolean {
  if (node.kind === 'page') return node.href === href;
  if (node.kind !== 'folder') return false;
  return node.href === href || node.children.some((child) => folderContains(child, href));
}

/** The folders leading to `href`, outermost first (not the page itself); empty at the top level. */
export function breadcrumbsOf(nodes: readonly GuideNavNode[], href: string): { title: string; href?: string }[] {
  for (const node of nodes) {
    if (node.kind !== 'folder' || !folderContains(node, href)) continue;
    if (node.href === href) return [];
    return [{ title: node.title, href: node.href }, ...breadcrumbsOf(node.children, href)];
  }
  return [];
}
