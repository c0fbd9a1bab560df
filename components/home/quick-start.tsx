import { PageLink } from '@/components/layout/page-link';
import { HighlightedCode } from '@/components/reference/highlighted-code';
import { KeyIcon, PlayIcon, TerminalIcon } from '@/components/icons/icons';
import type { QuickStart as QuickStartModel } from '@/lib/reference/build-quick-start';
import { apiOverviewHref, operationHref } from '@/lib/site/hrefs';

interface QuickStartProps {
  apiId: string;
  apiTitle: string;
  quickStart: QuickStartModel;
  /** A guide about authentication when the content has one, else the API overview's section. */
  credentialsHref: string;
}

/** Three steps from nothing to a first answer: credentials, a request to copy, the console. */
export function QuickStart({ apiId, apiTitle, quickStart, credentialsHref }: QuickStartProps) {
  const { credentials, firstRequest } = quickStart;
  const firstRequestHref = firstRequest && operationHref(apiId, { kind: 'operation', slug: firstRequest.slug });
  return (
    <section className="quick-start" aria-labelledby="home-quick-start">
      <h2 id="home-quick-start">Quick start</h2>
      <ol className="quick-start-steps">
        <li className="quick-start-step">
          <span className="quick-start-icon">
            <KeyIcon />
          </span>
          <div>
            <h3>Get your credentials</h3>
            <p>
              {credentials.length > 0 ? (
                <>
                  {apiTitle} accepts {credentials.join(' or ')}. <PageLink href={credentialsHref}>How to get and send them</PageLink>.
                </>
              ) : (
                <>{apiTitle} needs no credentials: you can call it right away.</>
              )}
            </p>
          </div>
        </li>
        {firstRequest && firstRequestHref && (
          <li className="quick-start-step">
            <span className="quick-start-icon">
              <TerminalIcon />
            </span>
            <div className="quick-start-body">
              <h3>Send your first request</h3>
              <p>
                <PageLink href={firstRequestHref}>{firstRequest.title}</PageLink> from a terminal:
              </p>
              <HighlightedCode code={firstRequest.curl} lang="bash" copyLabel="Copy the first request" />
            </div>
          </li>
        )}
        <li className="quick-start-step">
          <span className="quick-start-icon">
            <PlayIcon />
          </span>
          <div>
            <h3>Try it in the browser</h3>
            <p>
              Every operation page has a console that sends real requests.{' '}
              {firstRequestHref ? <PageLink href={`${firstRequestHref}#try-it`}>Open the console for “{firstRequest.title}”</PageLink> : <PageLink href={apiOverviewHref(apiId)}>Browse the operations</PageLink>}.
            </p>
          </div>
        </li>
      </ol>
    </section>
  );
}
