import { PageLink } from '@/components/layout/page-link';
import { reasonPhrase } from '@/lib/http/reason-phrases';
import type { Header, Link as ResponseLink, Operation, Response } from '@/lib/openapi/types';
import { idPart } from '@/lib/reference/anchor-ids';
import { operationHref } from '@/lib/site/hrefs';
import { operationIds } from '@/lib/reference/build-operation-toc';
import { AnchorHeading } from './anchor-heading';
import { Markdown } from './markdown';
import { MediaTypeBody } from './media-type-body';
import { SchemaFields } from './schema-view';
import { viewSchema, type ViewContext } from './view-context';

// Response keys that are not single statuses; single ones take the shared HTTP reason phrase.
const RANGE_NAMES: Record<string, string> = {
  '1XX': 'Informational', '2XX': 'Success', '3XX': 'Redirection', '4XX': 'Client error', '5XX': 'Server error', default: 'Any other status',
};

function statusClass(status: string): string {
  const first = status[0];
  return first === '2' ? 'status-success' : first === '4' || first === '5' ? 'status-error' : first === '3' ? 'status-redirect' : 'status-other';
}

function HeadersList({ headers, idPrefix, ctx }: { headers: Header[]; idPrefix: string; ctx: ViewContext }) {
  const fields = headers.map((header) => ({
    name: header.name,
    required: header.required,
    node: viewSchema(ctx, header.schema),
    id: `${idPrefix}-header-${idPart(header.name)}`,
    description: header.description,
    extraExamples: header.examples.filter((e) => e.value !== undefined).map((e) => e.value),
    deprecated: header.deprecated,
  }));
  return <SchemaFields fields={fields} apiId={ctx.apiId} />;
}

function LinksList({ links, operations, apiId }: { links: ResponseLink[]; operations: Operation[]; apiId: string }) {
  return (
    <ul className="response-links">
      {links.map((link) => {
        const target = link.operationId ? operations.find((op) => op.operationId === link.operationId) : undefined;
        return (
          <li key={link.name}>
            <strong>{link.name}</strong>{' '}
            {target ? (
              <PageLink href={operationHref(apiId, target)}>{target.summary ?? target.operationId}</PageLink>
            ) : (
              <code>{link.operationId ?? link.operationRef}</code>
            )}
            {link.parameters && (
              <span className="link-params">
                {Object.entries(link.parameters).map(([name, value]) => (
                  <code key={name}>
                    {name} = {typeof value === 'string' ? value : JSON.stringify(value)}
                  </code>
                ))}
              </span>
            )}
            <Markdown source={link.description} />
          </li>
        );
      })}
    </ul>
  );
}

function ResponseBlock({ response, ctx }: { response: Response; ctx: ViewContext }) {
  const id = operationIds.response(response.status);
  const reason = RANGE_NAMES[response.status.toUpperCase()] ?? RANGE_NAMES[response.status] ?? reasonPhrase(Number(response.status));
  // Success is what a reader comes for; other statuses stay one line each until opened (their heading is the summary, so anchors still land).
  const success = response.status.startsWith('2');
  return (
    <details className={`response ${statusClass(response.status)}`} open={success}>
      <summary>
        <AnchorHeading level={3} id={id} permalink={false}>
          <span className="status-code">{response.status}</span>
          {reason && <span className="status-reason"> {reason}</span>}
        </AnchorHeading>
      </summary>
      <Markdown source={response.description} />
      {response.headers.length > 0 && (
        <>
          <h4>Headers</h4>
          <HeadersList headers={response.headers} idPrefix={id} ctx={ctx} />
        </>
      )}
      {response.content.length > 0 && (
        <>
          <h4>Body</h4>
          {response.content.map((media) => (
            <MediaTypeBody key={media.mediaType} media={media} idPrefix={id} label={`the ${response.status} response`} ctx={ctx} showLabel />
          ))}
        </>
      )}
      {response.links.length > 0 && (
        <>
          <h4>Links</h4>
          <LinksList links={response.links} operations={ctx.model.operations} apiId={ctx.apiId} />
        </>
      )}
    </details>
  );
}

/** Every response by status code, with headers, body schema per media type, and links. */
export function ResponsesSection({ responses, ctx }: { responses: Response[]; ctx: ViewContext }) {
  if (responses.length === 0) return null;
  return (
    <section className="op-section" aria-labelledby={operationIds.responses}>
      <AnchorHeading level={2} id={operationIds.responses}>
        Responses
      </AnchorHeading>
      {responses.map((response) => (
        <ResponseBlock key={response.status} response={response} ctx={ctx} />
      ))}
    </section>
  );
}
