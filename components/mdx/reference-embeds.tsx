import { PageLink } from '@/components/layout/page-link';
import { getApi } from '@/app/_data/site-data';
import { MethodBadge } from '@/components/reference/method-badge';
import { SchemaView } from '@/components/reference/schema-view';
import { idPart } from '@/lib/reference/anchor-ids';
import { operationHref, schemaHref } from '@/lib/site/hrefs';
import { buildSchemaView } from '@/lib/reference/build-schema-view';
import { schemaRef } from '@/lib/reference/schema-ref-name';

function EmbedProblem({ children }: { children: React.ReactNode }) {
  return (
    <div className="content-error" role="note">
      {children}
    </div>
  );
}

async function findOperation(api: string | undefined, id: string) {
  if (!api) return { problem: `the embed needs api="<apiId>"` };
  const loaded = await getApi(api);
  if (!loaded) return { problem: `no API with id "${api}" in portal.config.json` };
  const operation = loaded.model?.operations.find((candidate) => candidate.operationId === id || candidate.slug === id);
  if (!operation) return { problem: `API "${api}" has no operation "${id}"` };
  return { apiId: api, operation };
}

/** `<Operation api id />`: a summary card linking to the operation's page. */
async function OperationEmbed({ api, id, tryIt = false }: { api?: string; id: string; tryIt?: boolean }) {
  const found = await findOperation(api, id);
  if (!found.operation) return <EmbedProblem>Cannot embed operation: {found.problem}.</EmbedProblem>;
  const { operation, apiId } = found;
  return (
    <div className="operation-embed">
      <PageLink className="card" href={`${operationHref(apiId, operation)}${tryIt ? '#try-it' : ''}`}>
        <strong>
          <MethodBadge method={operation.method} /> <code>{operation.path}</code>
        </strong>
        <span>{operation.summary ?? operation.operationId}</span>
        {tryIt && <span className="badge">Try it</span>}
      </PageLink>
    </div>
  );
}

/** `<Schema api name />`: the schema's tree (expandable without JavaScript) and a link to its page. */
async function SchemaEmbed({ api, name }: { api?: string; name: string }) {
  const loaded = api ? await getApi(api) : undefined;
  const model = loaded?.model;
  if (!api || !model?.schemas[name]) return <EmbedProblem>Cannot embed schema: API &quot;{api}&quot; has no schema &quot;{name}&quot;.</EmbedProblem>;
  const ref = schemaRef(name);
  const node = buildSchemaView(model, model.schemas[name], { seenRefs: [ref], budget: { remaining: 200 } });
  return (
    <div className="schema-embed">
      <p className="schema-embed-title">
        <PageLink href={schemaHref(api, model.schemaSlugs[name])}>
          <strong>{name}</strong>
        </PageLink>{' '}
        <span className="muted">schema</span>
      </p>
      <SchemaView node={node} idPrefix={`embed-${idPart(name)}`} apiId={api} />
    </div>
  );
}

/** The reference embeds a guide can use; `api` defaults to the portal's only API. */
export function referenceEmbeds(defaultApiId?: string) {
  return {
    Operation: (props: { api?: string; id: string }) => <OperationEmbed {...props} api={props.api ?? defaultApiId} />,
    TryIt: (props: { api?: string; id: string }) => <OperationEmbed {...props} api={props.api ?? defaultApiId} tryIt />,
    Schema: (props: { api?: string; name: string }) => <SchemaEmbed {...props} api={props.api ?? defaultApiId} />,
  };
}
