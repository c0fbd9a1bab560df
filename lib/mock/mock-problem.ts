import { reasonPhrase } from '../http/reason-phrases';
import type { ValidationIssue } from '../tryit/types';
import type { MockResponse } from './types';

/** One field at fault, in the shape many APIs use (Bookshelf's `FieldError`): where, which, why. */
export interface MockFieldError {
  in: string;
  field: string;
  code: string;
  message: string;
}

/**
 * `query.limit` -> in `query`, field `limit`; `body./format/pages` -> in `body`, field `format.pages`
 * (dotted, as error bodies usually name them).
 */
export function toFieldError(issue: ValidationIssue): MockFieldError {
  const dot = issue.field.indexOf('.');
  const location = dot === -1 ? issue.field : issue.field.slice(0, dot);
  const rest = dot === -1 ? '' : issue.field.slice(dot + 1);
  const field = rest.startsWith('/')
    ? rest
        .slice(1)
        .split('/')
        .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
        .join('.')
    : rest;
  const code = issue.line !== undefined ? 'invalid-json' : /is required$/.test(issue.message) ? 'required' : 'invalid';
  return { in: location, field, code, message: issue.message };
}

const encoder = new TextEncoder();

/**
 * An RFC 9457 problem details answer (`application/problem+json`) as the mock's own errors:
 * `detail` says what is wrong in a sentence, `errors` lists the fields.
 */
export function mockProblem(status: number, detail: string, instance: string, errors: MockFieldError[] = [], headers: { name: string; value: string }[] = []): MockResponse {
  const body = {
    type: 'about:blank',
    title: reasonPhrase(status),
    status,
    detail,
    instance,
    ...(errors.length > 0 ? { errors } : {}),
  };
  const contentType = 'application/problem+json';
  const bytes = encoder.encode(JSON.stringify(body, null, 2));
  return {
    status,
    statusText: reasonPhrase(status),
    contentType,
    headers: [{ name: 'content-type', value: contentType }, { name: 'content-length', value: String(bytes.length) }, ...headers],
    body: bytes,
  };
}

/** "title is required in the body; limit must be <= 100 in the query" for a problem's `detail`. */
export function describeIssues(issues: ValidationIssue[]): string {
  const said = issues.slice(0, 3).map((issue) => {
    const error = toFieldError(issue);
    const name = error.field === '' ? `the ${error.in}` : `${error.field} (${error.in})`;
    return `${name} ${issue.message}`;
  });
  const more = issues.length > 3 ? ` and ${issues.length - 3} more` : '';
  return `The request does not match the documentation: ${said.join('; ')}${more}.`;
}
