import type { ReactNode } from 'react';
import type { Operation } from '@/lib/openapi/types';
import { effectiveSecurity, operationIds } from '@/lib/reference/build-operation-toc';
import { listExamples } from '@/lib/reference/list-examples';
import { CallbacksSection } from './callbacks-section';
import { CodeSamples } from './code-samples';
import { ExamplesPanel } from './examples-panel';
import { Markdown } from './markdown';
import { OperationHeader } from './operation-header';
import { ParametersSection } from './parameters-section';
import type { ReferenceApi } from '@/app/_data/reference-data';
import { RequestBodySection } from './request-body-section';
import { ResponsesSection } from './responses-section';
import { SecurityRequirements } from './security-requirements';
import { createViewContext } from './view-context';

/** Response examples shown in the side panel; the rest stay in the responses section's schemas. */
const MAX_RESPONSE_EXAMPLES = 6;

/**
 * One operation or webhook: the reading column (text, auth, parameters, body,
 * responses, callbacks) and the side column (code samples and examples).
 * `tryIt` is the slot for the try-it console, placed after the samples and
 * examples (the header links to it).
 */
export function OperationView({ api, operation, tryIt, hasMarkdown = false }: { api: ReferenceApi; operation: Operation; tryIt?: ReactNode; hasMarkdown?: boolean }) {
  const model = api.model!;
  const ctx = createViewContext(api.id, model, api.refDocument);
  const isWebhook = operation.kind === 'webhook';
  const security = effectiveSecurity(operation, isWebhook ? [] : model.security);
  const requestExamples = operation.requestBody ? listExamples(operation.requestBody.content, model, 'request', { document: api.refDocument }) : [];
  const responseExamples = operation.responses
    .flatMap((response) => listExamples(response.content, model, 'response', { prefix: response.status, document: api.refDocument }))
    .slice(0, MAX_RESPONSE_EXAMPLES);

  return (
    <article className={`operation${operation.deprecated ? ' is-deprecated' : ''}`}>
      <OperationHeader operation={operation} servers={operation.servers ?? model.servers} apiId={api.id} apiTitle={api.title} hasMarkdown={hasMarkdown} />
      <div className="op-layout">
        <div className="op-main">
          {operation.deprecated && (
            <p className="callout callout-warning" role="note">
              This {isWebhook ? 'webhook' : 'operation'} is deprecated and may be removed in a future version.
            </p>
          )}
          <Markdown source={operation.description} className="op-description" />
          {security.length > 0 && <SecurityRequirements requirements={security} schemes={model.securitySchemes} apiId={api.id} />}
          <ParametersSection parameters={operation.parameters} ctx={ctx} />
          {operation.requestBody && <RequestBodySection body={operation.requestBody} ctx={ctx} title={isWebhook ? 'Payload' : 'Request body'} />}
          <ResponsesSection responses={operation.responses} ctx={ctx} />
          <CallbacksSection callbacks={operation.callbacks} ctx={ctx} />
        </div>
        <aside className="op-aside" aria-label="Examples">
          {!isWebhook && (
            <section className="examples-panel" aria-labelledby={operationIds.samples}>
              <h2 id={operationIds.samples} className="panel-title">
                Request
              </h2>
              <CodeSamples operation={operation} model={model} refDocument={api.refDocument} />
            </section>
          )}
          <ExamplesPanel title="Response examples" entries={responseExamples} id="response-examples" />
          <ExamplesPanel title={isWebhook ? 'Payload example' : 'Request body example'} entries={requestExamples} id="request-example" />
          {tryIt}
        </aside>
      </div>
    </article>
  );
}
