import type { MediaType } from '@/lib/openapi/types';
import { idPart } from '@/lib/reference/anchor-ids';
import { SchemaView } from './schema-view';
import { viewBodySchema, type ViewContext } from './view-context';

/** The body's tree, or where on this page the same component schema is already shown. */
function BodySchema({ media, id, label, ctx }: { media: MediaType; id: string; label: string; ctx: ViewContext }) {
  if (media.schema === undefined) return <p className="muted">Any content.</p>;
  const node = viewBodySchema(ctx, media.schema);
  const shown = node.refName ? ctx.shownRoots.get(node.refName) : undefined;
  if (shown) {
    return (
      <p className="schema-same">
        <code>{node.refName}</code>, {shown.merged ? 'whose fields are shown in' : 'the same schema as'} <a href={`#${shown.id}`}>{shown.label}</a>.
      </p>
    );
  }
  if (node.refName) ctx.shownRoots.set(node.refName, { id, label, merged: false });
  for (const name of node.allOfNames ?? []) {
    if (!ctx.shownRoots.has(name)) ctx.shownRoots.set(name, { id, label, merged: true });
  }
  return <SchemaView node={node} idPrefix={id} apiId={ctx.apiId} />;
}

/**
 * One media type of a body: its label, schema tree and multipart encodings.
 * `label` names the body for later ones that repeat its schema ("the 400 response").
 */
export function MediaTypeBody({ media, idPrefix, label, ctx, showLabel }: { media: MediaType; idPrefix: string; label: string; ctx: ViewContext; showLabel: boolean }) {
  const id = `${idPrefix}-${idPart(media.mediaType)}`;
  const encodings = Object.entries(media.encoding ?? {}).filter(([, enc]) => enc.contentType);
  return (
    <div className="media-type" id={id}>
      {showLabel && (
        <p className="media-type-label">
          <code>{media.mediaType}</code>
        </p>
      )}
      <BodySchema media={media} id={id} label={label} ctx={ctx} />
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
