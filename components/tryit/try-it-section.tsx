import { BASE_PATH } from '@/components/base-path';
import { getSite } from '@/app/_data/site-data';
import { MethodBadge } from '@/components/reference/method-badge';
import type { ApiModel, Operation } from '@/lib/openapi/types';
import { buildConsoleData, isLargeConsoleData } from '@/lib/tryit/console-data';
import { resolveServerUrl } from '@/lib/request/resolve-server-url';
import { hasReachableServer } from '@/lib/mock/has-reachable-server';
import { jsonScriptText } from '@/lib/static-html/json-script';
import type { TryItLoaderProps } from './types';
import { consoleDataHref } from '@/lib/site/hrefs';

/**
 * The "Try it" section of an operation page. The server renders a readable
 * shell (method and URL) and computes the console's data (this operation's
 * slice of the spec, inputs, prefilled values); the console itself loads
 * in the browser when needed (components/islands/console.ts), with the props
 * this section writes into a JSON script element.
 */
export function TryItSection({ apiId, operation, model, anchorId = 'try-it' }: { apiId: string; operation: Operation; model: ApiModel; /** Section id, for pages with more than one console. @default "try-it" */ anchorId?: string }) {
  if (operation.kind !== 'operation') return null;
  const data = buildConsoleData(model, operation);
  const slice = data.slice;
  // A large operation's console data is a file of its own (app/reference/[apiId]/console), fetched when the console opens.
  const source = isLargeConsoleData(data) ? { dataUrl: `${BASE_PATH}${consoleDataHref(apiId, operation.slug)}` } : data;
  const server = slice.servers[0];
  const base = server
    ? resolveServerUrl({ kind: 'template', url: server.url, variables: Object.fromEntries(Object.entries(server.variables).map(([k, v]) => [k, v.default])) })
    : '';
  const headingId = `${anchorId}-heading`;
  const tryItConfig = getSite().config.tryIt;
  const mockByDefault = tryItConfig?.mock === true || !hasReachableServer(slice.servers);
  return (
    <section id={anchorId} aria-labelledby={headingId} className="tryit">
      <h2 id={headingId}>Try it</h2>
      <p className="tryit-intro">
        {mockByDefault
          ? 'Send a request and read the answer. The console starts with a mock that answers in this page from the documentation; pick a server to call the real API. '
          : 'Send a real request from your browser and read the real response, or choose the mock to get answers from the documentation without a network. '}
        What you type, credentials included, stays in this browser; credentials go only to the server they were entered for unless you allow another.
      </p>
      <p className="tryit-endpoint">
        <MethodBadge method={operation.method} /> <code>{`${base}${operation.path}`}</code>
      </p>
      <ConsoleMount props={{ apiId, source, proxyUrl: tryItConfig?.proxyUrl, mockByDefault, basePath: BASE_PATH }} />
    </section>
  );
}

/** Where the console opens: a button until then, and a note for readers without JavaScript. */
function ConsoleMount({ props }: { props: TryItLoaderProps }) {
  return (
    <div className="tryit-mount">
      <script type="application/json" className="tryit-props" dangerouslySetInnerHTML={{ __html: jsonScriptText(props) }} />
      <div className="tryit-launch">
        <button type="button" className="tryit-button tryit-button-primary needs-js">
          Open the console
        </button>
        <p className="tryit-note no-js-only">The console needs JavaScript. The code samples above work without it.</p>
      </div>
    </div>
  );
}
