/**
 * The overview's lists of operations, webhooks and schemas as HTML text: on GitHub's spec they
 * are 1,223 rows, and as React elements the page carried them twice (HTML and payload).
 * hast-util-to-html escapes every summary and path.
 */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Operation } from '@/lib/openapi/types';
import { operationLabel } from './build-api-nav';
import { methodLabel } from './method-label';
import { operationHref, schemaHref } from '../site/hrefs';

type Row = Pick<Operation, 'kind' | 'slug' | 'method' | 'path' | 'summary' | 'deprecated'>;


function methodBadge(method: string): ElementContent {
  return h('span', { className: ['method-badge', `method-${method.toLowerCase()}`] }, methodLabel(method));
}

function operationRow(apiId: string, operation: Row, basePath: string): ElementContent {
  return h('li', { className: operation.deprecated ? ['op-row', 'nav-deprecated'] : ['op-row'] }, [
    h('a', { href: `${basePath}${operationHref(apiId, operation)}` }, [
      methodBadge(operation.method),
      h('span', { className: ['op-row-label'] }, operationLabel(operation)),
      h('code', { className: ['op-row-path'] }, operation.path),
      ...(operation.deprecated ? [h('span', { className: ['flag', 'flag-deprecated'] }, 'deprecated')] : []),
    ]),
  ]);
}

/** `<li>` rows of an operation or webhook list (the caller renders the `<ul>`). */
export function operationRowsHtml(apiId: string, operations: readonly Row[], basePath: string): string {
  return toHtml(operations.map((operation) => operationRow(apiId, operation, basePath)));
}

/** `<li>` rows linking each component schema's page. */
export function schemaRowsHtml(apiId: string, slugs: Readonly<Record<string, string>>, basePath: string): string {
  return toHtml(Object.entries(slugs).map(([name, slug]) => h('li', [h('a', { href: `${basePath}${schemaHref(apiId, slug)}` }, name)])));
}
