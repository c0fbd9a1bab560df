import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { didYouMean } from '../text/did-you-mean';
import { CONTENT_ASSET_PREFIX, type LinkTargets } from './link-targets';
import { imageDimensions } from './image-dimensions';
import { operationHref, schemaHref, webhookHref } from '../site/hrefs';

export interface GuideLinkOptions {
  targets: LinkTargets;
  /** The guide's own URL (`/docs/guides/webhooks/`). */
  pageHref: string;
  /** The guide's file under `docs/` (`guides/webhooks.mdx`). */
  docsPath: string;
}

/** Problems this plugin reports are VFile messages with this source, so callers can tell them from others. */
export const LINK_PROBLEM_SOURCE = 'portico-links';

const STABLE_FORM = /^(operation|schema|webhook):([^/#]+)\/([^#]+)(#.*)?$/;
const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;

type Resolution = { href: string } | { problem: string };

function hint(candidate: string | undefined): string {
  return candidate ? ` (did you mean ${candidate}?)` : '';
}

function checkFragment(targets: LinkTargets, pageHref: string, fragment: string, href: string): Resolution {
  const headings = targets.guides.get(pageHref);
  if (!fragment || !headings) return { href };
  const id = decodeURIComponent(fragment.slice(1));
  if (headings.has(id)) return { href };
  return { problem: `no heading "#${id}" on ${pageHref}${hint(didYouMean(id, headings) && `#${didYouMean(id, headings)}`)}` };
}

function resolveStableForm(targets: LinkTargets, match: RegExpExecArray): Resolution {
  const [, kind, apiId, name, fragment = ''] = match;
  const api = targets.apis.get(apiId);
  if (!api) return { problem: `no API "${apiId}"${hint(didYouMean(apiId, targets.apis.keys()))}` };
  const table = kind === 'operation' ? api.operations : kind === 'schema' ? api.schemas : api.webhooks;
  const slug = table.get(name);
  if (slug === undefined) {
    const suggestion = didYouMean(name, table.keys());
    return { problem: `API "${apiId}" has no ${kind} "${name}"${hint(suggestion && `${kind}:${apiId}/${suggestion}`)}` };
  }
  const page = kind === 'operation' ? operationHref(apiId, { kind: 'operation', slug }) : kind === 'schema' ? schemaHref(apiId, slug) : webhookHref(apiId, slug);
  return { href: `${page}${fragment}` };
}

function withSlash(pathname: string): string {
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** Resolves a link written in a guide to the URL it should have, or says why it is broken. Links that leave the portal are left alone. */
export function resolveGuideLink(href: string, options: GuideLinkOptions): Resolution {
  const { targets, pageHref, docsPath } = options;
  const stable = STABLE_FORM.exec(href);
  if (stable) return resolveStableForm(targets, stable);
  if (EXTERNAL.test(href)) return { href };
  if (href.startsWith('#')) return checkFragment(targets, pageHref, href, href);
  const [pathPart, ...rest] = href.split('#');
  const fragment = rest.length > 0 ? `#${rest.join('#')}` : '';
  if (/\.mdx$/.test(pathPart)) {
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(docsPath), decodeURIComponent(pathPart)));
    const target = targets.guideFiles.get(file);
    if (!target) return { problem: `no guide file docs/${file}${hint(didYouMean(file, targets.guideFiles.keys()) && `docs/${didYouMean(file, targets.guideFiles.keys())}`)}` };
    return checkFragment(targets, target, fragment, `${target}${fragment}`);
  }
  const pathname = new URL(pathPart || pageHref, `http://portal${pageHref}`).pathname;
  if (pathname === '/docs' || pathname.startsWith('/docs/')) {
    const target = withSlash(pathname);
    if (!targets.guides.has(target)) return { problem: `no guide at ${target}${hint(didYouMean(target, targets.guides.keys()))}` };
    return checkFragment(targets, target, fragment, href);
  }
  const reference = /^\/reference\/([^/]+)/.exec(pathname);
  if (reference && targets.apis.has(reference[1])) {
    const pages = targets.apis.get(reference[1])!.pages;
    if (!pages.has(withSlash(pathname))) return { problem: `no reference page at ${withSlash(pathname)}${hint(didYouMean(withSlash(pathname), pages))}` };
  }
  return { href };
}

/** Where an image or file written in a guide lives in the content folder (`docs/guides/flow.png`, `public/logo.svg`), or undefined when it is not ours to check. */
export function contentPathOf(src: string, docsPath: string): string | undefined {
  if (EXTERNAL.test(src) || src.startsWith('#')) return undefined;
  const clean = decodeURIComponent(src.split(/[?#]/)[0]);
  if (clean.startsWith('/')) return path.posix.join('public', path.posix.normalize(clean));
  const file = path.posix.normalize(path.posix.join('docs', path.posix.dirname(docsPath), clean));
  return file.startsWith('docs/') ? file : undefined;
}

function report(file: VFile, node: Node, kind: string, href: string, problem: string) {
  const message = file.message(`broken ${kind} "${href}": ${problem}`, node);
  message.source = LINK_PROBLEM_SOURCE;
  message.ruleId = kind === 'image' ? 'missing-image' : 'broken-link';
}

function hrefAttribute(node: { attributes: unknown[] }): MdxJsxAttribute | undefined {
  return node.attributes.find((attribute): attribute is MdxJsxAttribute => (attribute as MdxJsxAttribute).type === 'mdxJsxAttribute' && (attribute as MdxJsxAttribute).name === 'href' && typeof (attribute as MdxJsxAttribute).value === 'string');
}

/**
 * Checks every link and image of a guide against the portal's pages, headings and files, and
 * rewrites the stable forms (`operation:bookshelf/listBooks`, `schema:`, `webhook:`) and `.mdx`
 * file links to page URLs (site-absolute; the renderer adds BASE_PATH). Guide-relative and
 * `public/` images point at the content-assets route and get their width and height.
 * A broken one becomes a VFile message with its position (see LINK_PROBLEM_SOURCE).
 */
export function remarkGuideLinks(options: GuideLinkOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') {
        const resolved = resolveGuideLink(node.url, options);
        if ('problem' in resolved) report(file, node, 'link', node.url, resolved.problem);
        else node.url = resolved.href;
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Card') {
        const attribute = hrefAttribute(node);
        if (!attribute) return;
        const resolved = resolveGuideLink(attribute.value as string, options);
        if ('problem' in resolved) report(file, node, 'link', attribute.value as string, resolved.problem);
        else attribute.value = resolved.href;
      } else if (node.type === 'image') {
        const contentPath = contentPathOf(node.url, options.docsPath);
        if (!contentPath) return;
        const bytes = options.targets.readAsset(contentPath);
        if (!bytes) {
          report(file, node, 'image', node.url, `no file ${contentPath} in the content folder`);
          return;
        }
        node.url = `${CONTENT_ASSET_PREFIX}${contentPath.split('/').map(encodeURIComponent).join('/')}`;
        const size = imageDimensions(bytes);
        if (size) node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), width: size.width, height: size.height } };
      }
    });
  };
}
