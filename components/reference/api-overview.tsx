import type { ReactNode } from 'react';
import { BASE_PATH } from '@/components/base-path';
import { PageLink } from '@/components/layout/page-link';
import { UNTAGGED, listNavSections } from '@/lib/reference/build-api-nav';
import { operationRowsHtml, schemaRowsHtml } from '@/lib/reference/operation-list-html';
import { StaticHtml } from '@/components/static-html';
import { idPart } from '@/lib/reference/anchor-ids';
import { AnchorHeading } from './anchor-heading';
import { Markdown } from './markdown';
import { ProblemsList } from './problems-list';
import type { ReferenceApi } from '@/app/_data/reference-data';
import { SecuritySchemes } from './security-schemes';
import { ServersList } from './servers-list';
import { explorerHref, specFileHref } from '@/lib/site/hrefs';

const topicAnchor = (name: string) => `topic-${idPart(name)}`;

/**
 * Up to this many operations the overview shows every tag open; above it tags start collapsed, and
 * so do the webhook and schema lists past this many entries (GitHub's 270 webhooks and 969 schemas
 * were 2,300 of its overview's 4,000 laid-out boxes).
 */
export const OPEN_TAGS_LIMIT = 50;

/**
 * A list under a heading that folds. The heading sits in the summary, so its anchor (the sidebar's
 * "All N in …" links) stays visible while folded; the hash-target island opens it on arrival.
 */
function FoldedList({ id, level, title, count, open, children }: { id: string; level: 2 | 3; title: string; count: number; open: boolean; children: ReactNode }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <details className="tag-section" open={open}>
      <summary>
        <Heading id={id}>
          {title} <span className="nav-count">{count}</span>
        </Heading>
      </summary>
      {children}
    </details>
  );
}

/** The API's front page: what it is, where it runs, how to authenticate, and everything it offers. */
export function ApiOverview({ api }: { api: ReferenceApi }) {
  const model = api.model!;
  const nav = api.nav!;
  const tagsByName = new Map(model.tags.map((tag) => [tag.name, tag]));
  const warnings = api.loaded.problems.filter((p) => p.severity === 'warning');
  // Errors the loader repaired (an unsafe URL left out) leave the API renderable; the author still has to see them.
  const errors = api.loaded.problems.filter((p) => p.severity === 'error');
  const tagSections = listNavSections(nav).filter((section) => section.kind === 'tag');
  // Tags without operations but with text (an "Introduction" tag) are prose for the front page.
  const used = new Set(model.operations.flatMap((op) => op.tags));
  const topics = model.tags.filter((tag) => !used.has(tag.name) && tag.description?.trim());
  const openTags = model.operations.length <= OPEN_TAGS_LIMIT;
  const schemaCount = Object.keys(model.schemas).length;
  const tagged = (tag: string | undefined) => model.operations.filter((operation) => (operation.tags.length > 0 ? operation.tags : [UNTAGGED]).includes(tag ?? ''));
  return (
    <article className="api-overview">
      <header className="operation-header">
        <h1>{model.info.title}</h1>
        <div className="badges">
          {model.info.version && <span className="badge">v{model.info.version}</span>}
          <span className="flag">OpenAPI {model.specVersion}</span>
        </div>
        {model.info.summary && <p className="lead">{model.info.summary}</p>}
        <p className="overview-actions">
          <a className="button" href={`${BASE_PATH}${specFileHref(api.id, 'json')}`} download>
            Download OpenAPI (JSON)
          </a>
          <a className="button" href={`${BASE_PATH}${specFileHref(api.id, 'yaml')}`} download>
            Download OpenAPI (YAML)
          </a>
          <PageLink className="button" href={explorerHref(api.id)}>
            Open in the API explorer
          </PageLink>
        </p>
      </header>
      <Markdown source={model.info.description} />
      {topics.map((tag) => (
        <section key={tag.name} className="tag-topic" aria-labelledby={topicAnchor(tag.name)}>
          <AnchorHeading level={2} id={topicAnchor(tag.name)}>
            {tag.displayName}
          </AnchorHeading>
          <Markdown source={tag.description} />
        </section>
      ))}
      {(model.info.contact || model.info.license || model.info.termsOfService) && (
        <ul className="info-list">
          {model.info.contact?.email && (
            <li>
              Contact: <a href={`mailto:${model.info.contact.email}`}>{model.info.contact.name ?? model.info.contact.email}</a>
            </li>
          )}
          {model.info.contact?.url && /^https?:/i.test(model.info.contact.url) && (
            <li>
              Support: <a href={model.info.contact.url}>{model.info.contact.url}</a>
            </li>
          )}
          {model.info.license && <li>License: {model.info.license.url && /^https?:/i.test(model.info.license.url) ? <a href={model.info.license.url}>{model.info.license.name}</a> : model.info.license.name}</li>}
        </ul>
      )}

      <AnchorHeading level={2} id="servers">
        Servers
      </AnchorHeading>
      <ServersList servers={model.servers} />

      {Object.keys(model.securitySchemes).length > 0 && (
        <>
          <AnchorHeading level={2} id="authentication">
            Authentication
          </AnchorHeading>
          <SecuritySchemes schemes={model.securitySchemes} />
        </>
      )}

      <AnchorHeading level={2} id="operations">
        Operations
      </AnchorHeading>
      {tagSections.map((section) => {
        const tag = section.tag ? tagsByName.get(section.tag) : undefined;
        return (
          <FoldedList key={section.id} id={section.id} level={3} title={section.title} count={section.items.length} open={openTags}>
            <Markdown source={tag?.description} />
            <StaticHtml as="ul" className="op-list" html={operationRowsHtml(api.id, tagged(section.tag), BASE_PATH)} />
          </FoldedList>
        );
      })}

      {model.webhooks.length > 0 && (
        <FoldedList id="webhooks" level={2} title="Webhooks" count={model.webhooks.length} open={model.webhooks.length <= OPEN_TAGS_LIMIT}>
          <StaticHtml as="ul" className="op-list" html={operationRowsHtml(api.id, model.webhooks, BASE_PATH)} />
        </FoldedList>
      )}

      {schemaCount > 0 && (
        <FoldedList id="schemas" level={2} title="Schemas" count={schemaCount} open={schemaCount <= OPEN_TAGS_LIMIT}>
          <StaticHtml as="ul" className="schema-list" html={schemaRowsHtml(api.id, model.schemaSlugs, BASE_PATH)} />
        </FoldedList>
      )}
      {errors.length > 0 && (
        <details className="spec-warnings">
          <summary>{errors.length} error(s) in this spec</summary>
          <ProblemsList problems={errors} title="Errors" />
        </details>
      )}
      {warnings.length > 0 && (
        <details className="spec-warnings">
          <summary>{warnings.length} warning(s) in this spec</summary>
          <ProblemsList problems={warnings} title="Warnings" />
        </details>
      )}
    </article>
  );
}
