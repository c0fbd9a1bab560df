import type { RequestBody } from '@/lib/openapi/types';
import { operationIds } from '@/lib/reference/build-operation-toc';
import { AnchorHeading } from './anchor-heading';
import { Markdown } from './markdown';
import { MediaTypeBody } from './media-type-body';
import type { ViewContext } from './view-context';

export function RequestBodySection({ body, ctx, title = 'Request body' }: { body: RequestBody; ctx: ViewContext; title?: string }) {
  return (
    <section className="op-section" aria-labelledby={operationIds.requestBody}>
      <AnchorHeading level={2} id={operationIds.requestBody}>
        {title}
        {body.required ? <span className="required">required</span> : <span className="flag">optional</span>}
      </AnchorHeading>
      <Markdown source={body.description} />
      {body.content.length > 1 && (
        <p className="muted">
          Send one of:{' '}
          {body.content.map((media) => (
            <code key={media.mediaType}>{media.mediaType} </code>
          ))}
        </p>
      )}
      {body.content.map((media) => (
        <MediaTypeBody key={media.mediaType} media={media} idPrefix={operationIds.requestBody} label={`the ${title.toLowerCase()}`} ctx={ctx} showLabel />
      ))}
    </section>
  );
}
