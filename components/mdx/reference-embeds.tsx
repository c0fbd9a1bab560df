import Link from 'next/link';
import { getApi } from '@/components/site-data';
import { MethodBadge } from '@/components/reference/method-badge';

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
      <Link className="card" href={`/reference/${apiId}/${operation.slug}/${tryIt ? '#try-it' : ''}`}>
        <strong>
          <MethodBadge method={operation.method} /> <code>{operation.path}</code>
        </strong>
        <span>{operation.summary ?? operation.operationId}</span>
        {tryIt && <span className="badge">Try it</span>}
      </Link>
    </div>
  );
}

async function SchemaEmbed({ api, name }: { api?: string; name: string }) {
  const loaded = api ? await getApi(api) : undefined;
  if (!loaded?.model?.schemas[name]) return <EmbedProblem>Cannot embed schema: API &quot;{api}&quot; has no schema &quot;{name}&quot;.</EmbedProblem>;
  return (
    <Link className="card" href={`/reference/${api}/schemas/${encodeURIComponent(name)}/`}>
      <strong>{name}</strong>
      <span>Schema</span>
    </Link>
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
