import type { NameValue, PreparedRequest } from './types';

export interface CurlOptions {
  /** Replace credentials with a placeholder (for screen sharing and screenshots). */
  maskSecrets: boolean;
  /** Headers masked in addition to values marked `secret` (case-insensitive). */
  secretHeaderNames?: string[];
}

export const DEFAULT_SECRET_HEADERS = ['authorization', 'proxy-authorization', 'x-api-key', 'api-key', 'x-auth-token'];
const MASK = '****';

/** Single-quotes a shell word: `it's` -> `'it'\''s'`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

function maskHeader(header: NameValue): string {
  // Keep the scheme ("Bearer", "Basic") visible: it tells the reader what kind of credential goes there.
  const scheme = /^(\S+)\s+\S/.exec(header.value);
  return scheme && header.name.toLowerCase().endsWith('authorization') ? `${scheme[1]} ${MASK}` : MASK;
}

function maskQuery(url: string, secretNames: Set<string>): string {
  const hash = url.indexOf('?');
  if (hash === -1 || secretNames.size === 0) return url;
  const pairs = url
    .slice(hash + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = eq === -1 ? pair : pair.slice(0, eq);
      return secretNames.has(name) ? `${name}=${MASK}` : pair;
    });
  return `${url.slice(0, hash)}?${pairs.join('&')}`;
}

function formFieldName(name: string): string {
  return name.replace(/[=;"\\]/g, (c) => encodeURIComponent(c));
}

/**
 * A copy-pasteable multi-line curl command for the prepared request. Every
 * argument is single-quoted; `--globoff` keeps `[]{}` in URLs literal
 * (deepObject queries); text form fields use `--form-string` so a leading `@`
 * or `<` is not read as a file.
 */
export function toCurl(request: PreparedRequest, options: CurlOptions): string {
  const secretHeaders = new Set((options.secretHeaderNames ?? DEFAULT_SECRET_HEADERS).map((n) => n.toLowerCase()));
  const mask = options.maskSecrets;
  const isSecretHeader = (h: NameValue) => mask && (h.secret === true || secretHeaders.has(h.name.toLowerCase()));
  const secretQuery = new Set(mask ? request.queryString.filter((q) => q.secret).map((q) => q.name) : []);
  const url = maskQuery(request.url, secretQuery);

  const args: string[] = [];
  if (request.method === 'HEAD') args.push('--head');
  else args.push(`--request ${request.method}`);
  if (/[[\]{}]/.test(url)) args.push('--globoff');
  args.push(`--url ${shellQuote(url)}`);
  for (const header of request.headers) {
    args.push(`--header ${shellQuote(`${header.name}: ${isSecretHeader(header) ? maskHeader(header) : header.value}`)}`);
  }
  if (request.cookies.length > 0) {
    const cookie = request.cookies.map((c) => `${c.name}=${mask && c.secret ? MASK : c.value}`).join('; ');
    args.push(`--cookie ${shellQuote(cookie)}`);
  }
  const body = request.body;
  if (body && 'text' in body) {
    args.push(`--data-raw ${shellQuote(body.text)}`);
  } else if (body && 'file' in body) {
    args.push(`--data-binary ${shellQuote(`@${body.file.name}`)}`);
  } else if (body && body.mediaType.toLowerCase().startsWith('multipart/')) {
    for (const field of body.fields) {
      if ('file' in field) {
        const file = field.file.name.replace(/["\\]/g, '\\$&');
        const type = field.file.type ? `;type=${field.file.type}` : '';
        args.push(`--form ${shellQuote(`${formFieldName(field.name)}=@"${file}"${type}`)}`);
      } else {
        args.push(`--form-string ${shellQuote(`${formFieldName(field.name)}=${field.value}`)}`);
      }
    }
  } else if (body) {
    for (const field of body.fields) {
      const value = 'file' in field ? field.file.name : field.value;
      args.push(`--data-urlencode ${shellQuote(`${encodeURIComponent(field.name)}=${value}`)}`);
    }
  }
  return `curl ${args.join(' \\\n  ')}`;
}
