import { PageLink } from '@/components/layout/page-link';
import type { NavPage } from '@/lib/content/build-guide-tree';

/** Docs › folder › ... above the guide's title (only folders; the title is the last step). */
export function GuideBreadcrumbs({ trail, title }: { trail: { title: string; href?: string }[]; title: string }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        <li>
          <PageLink href="/docs/">Docs</PageLink>
        </li>
        {trail.map((step, index) => (
          <li key={`${step.title}:${index}`}>{step.href ? <PageLink href={step.href}>{step.title}</PageLink> : <span>{step.title}</span>}</li>
        ))}
        <li aria-current="page">{title}</li>
      </ol>
    </nav>
  );
}

/** Previous and next guide in the navigation's reading order. */
export function GuidePager({ previous, next }: { previous?: NavPage; next?: NavPage }) {
  if (!previous && !next) return null;
  return (
    <nav className="guide-pager" aria-label="Previous and next">
      {previous && (
        <PageLink className="pager-previous" href={previous.href} rel="prev">
          <span className="pager-label">Previous</span>
          <strong>{previous.title}</strong>
        </PageLink>
      )}
      {next && (
        <PageLink className="pager-next" href={next.href} rel="next">
          <span className="pager-label">Next</span>
          <strong>{next.title}</strong>
        </PageLink>
      )}
    </nav>
  );
}

/** "Edit this page" (when the config has `editUrl`) and "Last updated". */
export function GuideFooter({ editHref, updated }: { editHref?: string; updated?: string }) {
  if (!editHref && !updated) return null;
  return (
    <footer className="guide-footer">
      {editHref && (
        <a href={editHref} rel="noopener">
          Edit this page
        </a>
      )}
      {updated && (
        <span>
          Last updated <time dateTime={updated}>{new Date(updated).toISOString().slice(0, 10)}</time>
        </span>
      )}
    </footer>
  );
}
