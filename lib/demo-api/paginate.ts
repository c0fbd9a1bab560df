import { validationProblem } from './api-problem';
import type { HandlerContext } from './types';

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
  total: number;
}

/**
 * Cuts one page out of a list. Cursors are opaque to clients (base64url of an offset
 * here); a cursor that this API did not issue is a 400 naming the `cursor` parameter.
 */
export function paginate<T>(items: T[], limit: number, cursor: string | undefined): Page<T> {
  const offset = cursor === undefined ? 0 : decodeCursor(cursor);
  const end = offset + limit;
  return { data: items.slice(offset, end), nextCursor: end < items.length ? encodeCursor(end) : null, total: items.length };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string): number {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) {
    throw validationProblem(
      [{ in: 'query', field: 'cursor', code: 'cursor', message: 'is not a cursor issued by this API; pass the nextCursor of the previous page' }],
      'Query parameter "cursor" is not a cursor issued by this API.',
    );
  }
  return Number(match[1]);
}

/** `X-Total-Count`, and for a page with a successor `X-Next-Cursor` and `Link: <...>; rel="next"`. */
export function pageHeaders(ctx: HandlerContext, page: Page<unknown>): Record<string, string> {
  const headers: Record<string, string> = { 'X-Total-Count': String(page.total) };
  if (page.nextCursor !== null) {
    const next = new URL(ctx.req.url ?? '/', ctx.origin);
    next.searchParams.set('cursor', page.nextCursor);
    headers['X-Next-Cursor'] = page.nextCursor;
    headers.Link = `<${next.toString()}>; rel="next"`;
  }
  return headers;
}
