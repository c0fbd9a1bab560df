import { baseMediaType, isJsonMediaType } from '../http/media-type';

export type BodyKind = 'empty' | 'json' | 'text' | 'image' | 'binary';

const TEXT_TYPES = /^(text\/|application\/(.*\+)?(xml|yaml|x-yaml|javascript|ecmascript|x-www-form-urlencoded|graphql|sql|csv)$)|\+xml$/;

/**
 * The only image types shown inline: raster formats that cannot carry script. SVG (a document
 * that can run script once opened from a blob URL on the portal's origin), icons, TIFF and
 * anything unknown are text or a download instead.
 */
const RASTER_TYPES = new Set(['image/png', 'image/apng', 'image/jpeg', 'image/jpg', 'image/pjpeg', 'image/gif', 'image/webp', 'image/avif']);

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** True when the bytes open like a PNG, JPEG, GIF, WebP or AVIF file, whatever the header claimed. */
export function looksLikeRasterImage(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, ascii('GIF8')) ||
    (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) ||
    (startsWith(bytes, ascii('ftyp'), 4) && (startsWith(bytes, ascii('avif'), 8) || startsWith(bytes, ascii('avis'), 8)))
  );
}

/** How the response view shows a body: by its content type, falling back to a look at the bytes. */
export function classifyBody(contentType: string, size: number, bytes?: Uint8Array): BodyKind {
  if (size === 0) return 'empty';
  const base = baseMediaType(contentType);
  if (isJsonMediaType(base)) return 'json';
  if (base.startsWith('image/')) {
    if (base.startsWith('image/svg')) return 'text';
    // An inline image must be a raster type and, when the bytes are at hand, actually look like one.
    return RASTER_TYPES.has(base) && (!bytes || looksLikeRasterImage(bytes)) ? 'image' : 'binary';
  }
  if (TEXT_TYPES.test(base)) return 'text';
  if (base === '' && bytes) return bytes.subarray(0, 512).includes(0) ? 'binary' : 'text';
  return base === '' ? 'text' : 'binary';
}
