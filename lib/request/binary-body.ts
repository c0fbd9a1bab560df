import { isBinaryMediaType } from '../http/media-type';
import { flattenSchema } from '../openapi/flatten-schema';
import type { MediaType, SchemaRefs } from '../openapi/types';

/** `type: string, format: binary` (3.0) or a binary media type: a file picker, not a text box. */
export function isBinaryBody(media: MediaType, refs: SchemaRefs): boolean {
  if (isBinaryMediaType(media.mediaType)) return true;
  const schema = media.schema === undefined ? {} : flattenSchema(media.schema, refs);
  return schema.type === 'string' && schema.format === 'binary';
}
