import type { Metadata } from 'next';
import { pageMetadata } from '@/app/_data/page-metadata';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { SiteSidebar } from '@/components/layout/site-sidebar';
import { MdxContent } from '@/components/mdx/mdx-content';
import { getSite } from '@/app/_data/site-data';
import { compileMdx } from '@/lib/mdx/compile-mdx';
import { CopyMarkdownButton } from '@/components/layout/copy-markdown-button.client';
import { markdownHref } from '@/lib/site/page-registry';

interface Props {
  params: Promise<{ slug: string[] }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  // An export needs at least one param set; a portal without guides gets a single 404ing placeholder.
  const guides = getSite().guides;
  return guides.length > 0 ? guides.map((guide) => ({ slug: guide.slug })) : [{ slug: ['_none'] }];
}

async function findGuide(params: Props['params']) {
  const { slug } = await params;
  return getSite().guides.find((guide) => guide.slug.join('/') === slug.map(decodeURIComponent).join('/'));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await findGuide(params);
  return guide ? pageMetadata({ href: `/docs/${guide.slug.join('/')}/`, title: guide.title, description: guide.description, hasMarkdown: !guide.problem }) : {};
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

export default async function GuidePage({ params }: Props) {
  const guide = await findGuide(params);
  if (!guide) notFound();
  const site = getSite();
  const compiled = guide.problem ? undefined : await compileMdx(guide.body, guide.bodyLineOffset);
  const href = `/docs/${guide.slug.join('/')}/`;
  return (
    <PageShell sidebar={<SiteSidebar site={site} currentPath={href} />} toc={compiled?.ok ? compiled.toc : undefined}>
      <article className="prose">
        <h1>{guide.title}</h1>
        {!guide.problem && <CopyMarkdownButton markdownHref={markdownHref(href)} />}
        {guide.description && <p className="lead">{guide.description}</p>}
        {guide.problem && <GuideProblem file={guide.file} message={guide.problem} />}
        {compiled && !compiled.ok && (
          <GuideProblem file={guide.file} message={`${guide.file}:${compiled.line ?? '?'}:${compiled.column ?? '?'}: ${compiled.message}`} />
        )}
        {compiled?.ok && <MdxContent code={compiled.code} defaultApiId={site.apis.length === 1 ? site.apis[0].id : undefined} />}
      </article>
    </PageShell>
  );
}
