import { PageLink } from '@/components/layout/page-link';
import { schemaRef } from '@/lib/reference/schema-ref-name';
import { listExamples } from '@/lib/reference/list-examples';
import { ExamplesPanel } from './examples-panel';
import { Markdown } from './markdown';
import type { ReferenceApi } from '@/app/_data/reference-data';
import { SchemaView } from './schema-view';
import { createViewContext, viewSchema } from './view-context';
import { apiOverviewHref } from '@/lib/site/hrefs';

/** One component schema: its tree (self-references link back here) and a generated example. */
export function SchemaPage({ api, name }: { api: ReferenceApi; name: string }) {
  const model = api.model!;
  const ref = schemaRef(name);
  const ctx = createViewContext(api.id, model, api.refDocument);
  // The root is the schema itself with its ref already open, so self-references come back as links to this page.
  const node = viewSchema(ctx, model.schemas[name], [ref]);
  const examples = listExamples([{ mediaType: 'application/json', schema: { $ref: ref }, examples: [] }], model, 'response', { document: api.refDocument });
  return (
    <article className="schema-page">
      <header className="operation-header">
        <p className="eyebrow">
          <PageLink href={apiOverviewHref(api.id)}>{api.title}</PageLink> / <PageLink href={`${apiOverviewHref(api.id)}#schemas`}>Schemas</PageLink>
        </p>
        <h1>{name}</h1>
        {node.title && node.title !== name && <p className="lead">{node.title}</p>}
      </header>
      <div className="op-layout">
        <div className="op-main">
          <Markdown source={node.description} />
          {/* The tree other pages load when a reader opens a collapsed reference to this schema. */}
          <div data-schema-root="">
            <SchemaView node={node} idPrefix="schema" apiId={api.id} showDescription={false} />
          </div>
        </div>
        <aside className="op-aside" aria-label="Examples">
          <ExamplesPanel title="Example" entries={examples.map((entry) => ({ ...entry, label: 'JSON' }))} id="schema-example" />
        </aside>
      </div>
    </article>
  );
}
