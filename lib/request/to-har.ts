import type { HarRequest } from '@readme/httpsnippet';
import type { PreparedRequest } from './types';

/**
 * The HAR request httpsnippet takes. Our query pairs and cookies are already
 * encoded exactly as sent, so the URL goes without its query string and the
 * snippet is built with `harIsAlreadyEncoded` (httpsnippet would otherwise
 * decode and re-encode them, changing `,` to `%2C` and dropping allowReserved).
 */
export function toHar(request: PreparedRequest): HarRequest {
  const query = request.url.indexOf('?');
  const url = query === -1 ? request.url : request.url.slice(0, query);
  const headers = request.headers.map(({ name, value }) => ({ name, value }));
  const body = request.body;
  let postData: HarRequest['postData'] = { mimeType: 'application/octet-stream' };
  if (body && 'text' in body) {
    postData = { mimeType: body.mediaType, text: body.text };
  } else if (body && 'file' in body) {
    // A HAR has no file body: the snippet says where the bytes go.
    postData = { mimeType: body.file.type || body.mediaType, text: `<contents of ${body.file.name}>` };
  } else if (body) {
    postData = {
      mimeType: body.mediaType,
      params: body.fields.map((field) =>
        'file' in field ? { name: field.name, fileName: field.file.name, contentType: field.file.type || undefined } : { name: field.name, value: field.value },
      ),
    };
    // Multipart boundaries are chosen by the client library; a fixed Content-Type header would contradict it.
    if (body.mediaType.toLowerCase().startsWith('multipart/')) {
      headers.push({ name: 'Content-Type', value: body.mediaType });
    }
  }
  return {
    method: request.method,
    url,
    httpVersion: 'HTTP/1.1',
    headers,
    queryString: request.queryString.map(({ name, value }) => ({ name, value })),
    cookies: request.cookies.map(({ name, value }) => ({ name, value })),
    postData,
    headersSize: -1,
    bodySize: -1,
  };
}
