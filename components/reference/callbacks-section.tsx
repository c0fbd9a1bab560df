import type { Callback } from '@/lib/openapi/types';
import { operationIds } from '@/lib/reference/build-operation-toc';
import { AnchorHeading } from './anchor-heading';
import { Markdown } from './markdown';
import { MediaTypeBody } from './media-type-body';
import { MethodBadge } from './method-badge';
import type { ViewContext } from './view-context';

/** Requests the API makes back to the caller (OpenAPI callbacks): their payloads and expected answers. */
export function CallbacksSection({ callbacks, ctx }: { callbacks: Callback[]; ctx: ViewContext }) {
  if (callbacks.length === 0) return null;
  return (
    <section className="op-section" aria-labelledby={operationIds.callbacks}>
      <AnchorHeading level={2} id={operationIds.callbacks}>
        Callbacks
      </AnchorHeading>
      {callbacks.map((callback) => {
        const id = operationIds.callback(callback.name);
        return (
          <div key={callback.name} className="callback">
            <AnchorHeading level={3} id={id}>
              {callback.name}
            </AnchorHeading>
            {callback.operations.map((op) => (
              <div key={op.slug} className="callback-operation">
                <div className="endpoint">
                  <MethodBadge method={op.method} />
                  <code className="path-template">{callback.expression}</code>
                </div>
                {op.summary && <p>{op.summary}</p>}
                <Markdown source={op.description} />
                {op.requestBody && (
                  <>
                    <h4>Payload</h4>
                    {op.requestBody.content.map((media) => (
                      <MediaTypeBody key={media.mediaType} media={media} idPrefix={`${id}-${op.method}-body`} label="the callback's body" ctx={ctx} showLabel />
                    ))}
                  </>
                )}
                {op.responses.length > 0 && (
                  <>
                    <h4>Expected responses</h4>
                    <ul className="callback-responses">
                      {op.responses.map((response) => (
                        <li key={response.status}>
                          <code>{response.status}</code> <Markdown source={response.description} className="inline-markdown" />
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            ))}
          </div>
        );
      })}
    </section>
  );
}
