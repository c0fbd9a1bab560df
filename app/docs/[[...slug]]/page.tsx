import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_data/page-metadata';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { SiteSidebar } from '@/components/layout/site-sidebar';
import { GuideBreadcrumbs, GuideFooter, GuidePager } from '@/components/layout/guide-furniture';
import { MdxContent } from '@/components/mdx/mdx-content';
import { getGuideCommitDates, getLinkTargets, getSite, guideCache } from '@/app/_data/site-data';
import { breadcrumbsOf, neighboursOf } from '@/lib/content/build-guide-tree';
import { guideHref, markdownHref, PLACEHOLDER_PARAM } from '@/lib/site/hrefs';
import { lastUpdated } from '@/lib/content/last-updated';
import { CopyMarkdownButton } from '@/components/layout/copy-markdown-button';

interface Props {
  params: Promise<{ slug?: string[] }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  // An export needs at least one param set; a portal without guides gets a single 404ing placeholder.
  const guides = getSite().guides;
  return guides.length > 0 ? guides.map((guide) => ({ slug: guide.slug })) : [{ slug: [PLACEHOLDER_PARAM] }];
}

async function findGuide(params: Props['params']) {
  const { slug = [] } = await params;
  return getSite().guides.find((guide) => guide.slug.join('/') === slug.map(decodeURIComponent).join('/'));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await findGuide(params);
  return guide ? pageMetadata({ href: guideHref(guide.slug), title: guide.title, description: guide.description, hasMarkdown: !guide.problem }) : {};
}

function GuideProblem({ file, message }: { file: string; message: string }) {
  // Loud in the build log, visible on the page, and the rest of the portal still builds.
  console.error(`Portico: guide ${file} cannot be rendered: ${message}`);
  return (
    <div className="content-error" role="alert">
      <strong>This guide could not be built.</strong>
      <pre>{message}</pre>
    </div>
  );
}

/** In `npm run dev` broken links show on the page; a build has already stopped on them (or printed them, with `onBroken: "warn"`). */
function BrokenLinks({ file, problems }: { file: string; problems: { message: string; line?: number; column?: number }[] }) {
  if (process.env.NODE_ENV === 'production' || problems.length === 0) return null;
  return (
    <div className="content-error" role="alert">
      <strong>Broken links in this guide</strong>
      <pre>{problems.map((problem) => `${file}:${problem.line ?? '?'}:${problem.column ?? '?'}: ${problem.message}`).join('\n')}</pre>
    </div>
  );
}

export default async function GuidePage({ params }: Props) {
  const guide = await findGuide(params);
  if (!guide) notFound();
  const site = getSite();
  const href = guideHref(guide.slug);
  const compiled = guide.problem ? undefined : await guideCache.compile(guide, await getLinkTargets(undefined));
  const tree = site.guideTree.nodes;
  const trail = breadcrumbsOf(tree, href);
  const editHref = site.config.editUrl?.replace('{path}', `docs/${guide.docsPath}`);
  return (
    <PageShell sidebar={<SiteSidebar site={site} currentPath={href} />} toc={compiled?.ok ? compiled.toc : undefined}>
      <article className="prose">
        {guide.slug.length > 0 && <GuideBreadcrumbs trail={trail} title={guide.navTitle} />}
        <h1>{guide.title}</h1>
        {!guide.problem && <CopyMarkdownButton markdownHref={markdownHref(href)} />}
        {guide.description && <p className="lead">{guide.description}</p>}
        {guide.problem && <GuideProblem file={guide.file} message={guide.problem} />}
        {compiled && !compiled.ok && (
          <GuideProblem file={guide.file} message={`${guide.file}:${compiled.line ?? '?'}:${compiled.column ?? '?'}: ${compiled.message}`} />
        )}
        {compiled?.ok && <BrokenLinks file={guide.file} problems={compiled.linkProblems} />}
        {compiled?.ok && <MdxContent code={compiled.code} defaultApiId={site.apis.length === 1 ? site.apis[0].id : undefined} />}
        <GuideFooter editHref={editHref} updated={lastUpdated(guide.file, getGuideCommitDates(undefined))} />
        <GuidePager {...neighboursOf(tree, href)} />
      </article>
    </PageShell>
  );
}
