import { baseMediaType, isJsonMediaType } from './media-type';

export type BodyKind = 'empty' | 'json' | 'text' | 'image' | 'binary';

const TEXT_TYPES = /^(text\/|application\/(.*\+)?(xml|yaml|x-yaml|javascript|ecmascript|x-www-form-urlencoded|graphql|sql|csv)$)|\+xml$/;

/** How the response view shows a body: by its content type, falling back to a look at the bytes. */
export function classifyBody(contentType: string, size: number, bytes?: Uint8Array): BodyKind {
  if (size === 0) return 'empty';
  const base = baseMediaType(contentType);
  if (isJsonMediaType(base)) return 'json';
  // SVG is shown as text: as a blob URL on the portal's origin its scripts could run if opened as a document.
  if (base.startsWith('image/')) return base.includes('svg') ? 'text' : 'image';
  if (TEXT_TYPES.test(base)) return 'text';
  if (base === '' && bytes) return bytes.subarray(0, 512).includes(0) ? 'binary' : 'text';
  return base === '' ? 'text' : 'binary';
}

/** `1536` -> `1.5 kB` (decimal units, as browsers' devtools show). */
export function formatBytes(size: number): string {
  if (size < 1000) return `${size} B`;
  if (size < 1_000_000) return `${(size / 1000).toFixed(1)} kB`;
  return `${(size / 1_000_000).toFixed(1)} MB`;
}
