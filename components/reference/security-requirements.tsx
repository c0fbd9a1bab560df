import { PageLink } from '@/components/layout/page-link';
import type { SecurityRequirement, SecurityScheme } from '@/lib/openapi/types';
import { securitySchemeAnchor } from '@/lib/reference/anchor-ids';
import { operationIds } from '@/lib/reference/build-operation-toc';
import { AnchorHeading } from './anchor-heading';
import { apiOverviewHref } from '@/lib/site/hrefs';

function schemeKind(scheme: SecurityScheme | undefined): string {
  if (!scheme) return 'unknown scheme';
  if (scheme.type === 'apiKey') return `API key in ${scheme.in} "${scheme.name}"`;
  if (scheme.type === 'http') return scheme.scheme.toLowerCase() === 'bearer' ? `Bearer token${scheme.bearerFormat ? ` (${scheme.bearerFormat})` : ''}` : `HTTP ${scheme.scheme}`;
  if (scheme.type === 'oauth2') return 'OAuth 2.0';
  if (scheme.type === 'openIdConnect') return 'OpenID Connect';
  return 'Mutual TLS';
}

/** Which credentials an operation takes: alternatives listed, each naming schemes linked to the overview. */
export function SecurityRequirements({ requirements, schemes, apiId }: { requirements: SecurityRequirement[]; schemes: Record<string, SecurityScheme>; apiId: string }) {
  const optional = requirements.some((req) => Object.keys(req).length === 0);
  const real = requirements.filter((req) => Object.keys(req).length > 0);
  return (
    <section className="op-section" aria-labelledby={operationIds.security}>
      <AnchorHeading level={2} id={operationIds.security}>
        Authorization
      </AnchorHeading>
      <p className="muted">
        {real.length > 1 ? 'Use one of these:' : 'This operation needs:'}
        {optional && ' (or no credentials at all)'}
      </p>
      <ul className="security-list">
        {real.map((requirement, index) => (
          <li key={index}>
            {Object.entries(requirement).map(([name, scopes], i) => (
              <span key={name} className="security-item">
                {i > 0 && <span className="muted"> and </span>}
                <PageLink href={`${apiOverviewHref(apiId)}#${securitySchemeAnchor(name)}`}>{name}</PageLink>{' '}
                <span className="muted">{schemeKind(schemes[name])}</span>
                {scopes.length > 0 && (
                  <span className="scopes">
                    {' '}
                    scopes:{' '}
                    {scopes.map((scope) => (
                      <code key={scope}>{scope}</code>
                    ))}
                  </span>
                )}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
