import { PageLink } from '@/components/layout/page-link';
import type { Operation, Server } from '@/lib/openapi/types';
import { operationLabel } from '@/lib/reference/build-api-nav';
import { operationIds } from '@/lib/reference/build-operation-toc';
import { MethodBadge } from './method-badge';
import { CopyMarkdownButton } from '@/components/layout/copy-markdown-button';
import { apiOverviewHref, markdownHref, operationHref } from '@/lib/site/hrefs';

/** `/books/{bookId}` with each `{parameter}` marked, so readers spot what to fill in. */
export function PathTemplate({ path }: { path: string }) {
  const parts = path.split(/(\{[^}]+\})/g).filter(Boolean);
  return (
    <code className="path-template">
      {parts.map((part, index) =>
        part.startsWith('{') && part.endsWith('}') ? (
          <span key={index} className="path-param">
            {part}
          </span>
        ) : (
          <span key={index}>{part}</span>
        ),
      )}
    </code>
  );
}

/** Title, badges, and the endpoint (method, path, server) of an operation or webhook page. */
export function OperationHeader({
  operation,
  servers,
  apiId,
  apiTitle,
  hasMarkdown,
}: {
  operation: Operation;
  servers: Server[];
  apiId: string;
  apiTitle: string;
  /** A Markdown twin is published beside the page (operations, unless `publish.operationTwins` is false). */
  hasMarkdown: boolean;
}) {
  const server = servers[0];
  const isWebhook = operation.kind === 'webhook';
  return (
    <header className="operation-header">
      <p className="eyebrow">
        <PageLink href={apiOverviewHref(apiId)}>{apiTitle}</PageLink>
        {operation.tags.length > 0 && <span> / {operation.tags.join(', ')}</span>}
      </p>
      <h1>{operationLabel(operation)}</h1>
      {hasMarkdown && <CopyMarkdownButton markdownHref={markdownHref(operationHref(apiId, operation))} />}
      <div className="badges">
        {isWebhook && <span className="badge">Webhook</span>}
        {operation.deprecated && <span className="badge badge-deprecated">Deprecated</span>}
        {operation.operationId && (
          <span className="operation-id">
            operationId <code>{operation.operationId}</code>
          </span>
        )}
      </div>
      {isWebhook ? (
        <div className="endpoint" aria-label="Event">
          <span className="fact-name">Event</span>
          <code className="path-template">{operation.path}</code>
        </div>
      ) : (
        <div className="endpoint" aria-label="Endpoint">
          <MethodBadge method={operation.method} />
          <PathTemplate path={operation.path} />
        </div>
      )}
      {!isWebhook && server && (
        <p className="server-line">
          <span className="fact-name">Server</span> <code>{server.url}</code>
          {server.description && <span className="muted"> {server.description}</span>}
          {servers.length > 1 && (
            <>
              {' '}
              <PageLink href={`${apiOverviewHref(apiId)}#servers`}>and {servers.length - 1} more</PageLink>
            </>
          )}
        </p>
      )}
      {isWebhook && <p className="muted">The API sends this event as a {operation.method.toUpperCase()} request to a URL you register; your server answers it.</p>}
      {!isWebhook && (
        <nav className="op-jump" aria-label="Jump to">
          <a href={`#${operationIds.samples}`}>Code samples</a>
          <a href="#try-it">Try it</a>
        </nav>
      )}
    </header>
  );
}
