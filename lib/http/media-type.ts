import type { MediaType } from '../openapi/types';

/** `application/json; charset=utf-8` -> `application/json`. */
export function baseMediaType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

/** JSON and its structured-syntax suffix family (`application/problem+json`, `text/json`). */
export function isJsonMediaType(contentType: string): boolean {
  const base = baseMediaType(contentType);
  return base === 'application/json' || base === 'text/json' || base.endsWith('+json');
}

export function isFormMediaType(contentType: string): boolean {
  const base = baseMediaType(contentType);
  return base === 'application/x-www-form-urlencoded' || base.startsWith('multipart/');
}

/** Bodies that are a file as is: images, audio, video, PDFs, archives, `application/octet-stream`. */
export function isBinaryMediaType(contentType: string): boolean {
  const base = baseMediaType(contentType);
  return /^(image|audio|video|font)\//.test(base) || ['application/octet-stream', 'application/pdf', 'application/zip', 'application/gzip'].includes(base);
}

/** The documented media type for a content type: exact, then `type/*`, then `*` + `/*`. */
export function findMediaType(content: MediaType[], contentType: string): MediaType | undefined {
  const base = baseMediaType(contentType);
  const type = base.split('/')[0];
  return (
    content.find((m) => baseMediaType(m.mediaType) === base) ??
    content.find((m) => baseMediaType(m.mediaType) === `${type}/*`) ??
    content.find((m) => baseMediaType(m.mediaType) === '*/*')
  );
}
