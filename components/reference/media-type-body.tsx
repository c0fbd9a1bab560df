import type { MediaType } from '@/lib/openapi/types';
import { idPart } from '@/lib/reference/anchor-ids';
import { SchemaView } from './schema-view';
import { viewSchema, type ViewContext } from './view-context';

/** One media type of a body: its label, schema tree and multipart encodings. */
export function MediaTypeBody({ media, idPrefix, ctx, showLabel }: { media: MediaType; idPrefix: string; ctx: ViewContext; showLabel: boolean }) {
  const id = `${idPrefix}-${idPart(media.mediaType)}`;
  const encodings = Object.entries(media.encoding ?? {}).filter(([, enc]) => enc.contentType);
  return (
    <div className="media-type" id={id}>
      {showLabel && (
        <p className="media-type-label">
          <code>{media.mediaType}</code>
        </p>
      )}
      {media.schema !== undefined ? <SchemaView node={viewSchema(ctx, media.schema)} idPrefix={id} apiId={ctx.apiId} /> : <p className="muted">Any content.</p>}
      {encodings.length > 0 && (
        <p className="encodings muted">
          {encodings.map(([name, enc]) => (
            <span key={name}>
              <code>{name}</code> as <code>{enc.contentType}</code>{' '}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
