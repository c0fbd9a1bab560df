import type { SecurityScheme } from '@/lib/openapi/types';
import { securitySchemeAnchor } from '@/lib/reference/anchor-ids';
import { AnchorHeading } from './anchor-heading';
import { Markdown } from './markdown';

const FLOW_TITLES = { implicit: 'Implicit', password: 'Password', clientCredentials: 'Client credentials', authorizationCode: 'Authorization code' } as const;

function SchemeDetails({ scheme }: { scheme: SecurityScheme }) {
  switch (scheme.type) {
    case 'apiKey':
      return (
        <p>
          Send an API key in the <code>{scheme.name}</code> {scheme.in === 'query' ? 'query parameter' : scheme.in}.
        </p>
      );
    case 'http':
      return scheme.scheme.toLowerCase() === 'bearer' ? (
        <p>
          Send <code>Authorization: Bearer &lt;token&gt;</code>
          {scheme.bearerFormat && <> (token format: {scheme.bearerFormat})</>}.
        </p>
      ) : (
        <p>
          HTTP <code>{scheme.scheme}</code> authentication in the <code>Authorization</code> header.
        </p>
      );
    case 'oauth2':
      return (
        <div>
          <p>OAuth 2.0, with these flows:</p>
          {Object.entries(scheme.flows).map(([flow, details]) => (
            <div key={flow} className="oauth-flow">
              <strong>{FLOW_TITLES[flow as keyof typeof FLOW_TITLES] ?? flow}</strong>
              <ul>
                {details?.authorizationUrl && (
                  <li>
                    Authorization URL <code>{details.authorizationUrl}</code>
                  </li>
                )}
                {details?.tokenUrl && (
                  <li>
                    Token URL <code>{details.tokenUrl}</code>
                  </li>
                )}
                {details?.refreshUrl && (
                  <li>
                    Refresh URL <code>{details.refreshUrl}</code>
                  </li>
                )}
              </ul>
              {details && Object.keys(details.scopes).length > 0 && (
                <table>
                  <thead>
                    <tr>
                      <th>Scope</th>
                      <th>Grants</th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.entries(details.scopes).map(([scope, text]) => (
                      <tr key={scope}>
                        <td>
                          <code>{scope}</code>
                        </td>
                        <td>{text}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          ))}
        </div>
      );
    case 'openIdConnect':
      return (
        <p>
          OpenID Connect; discovery document at <code>{scheme.openIdConnectUrl}</code>.
        </p>
      );
    default:
      return <p>Mutual TLS: present a client certificate.</p>;
  }
}

/** Every security scheme with an anchor that operation pages link to. */
export function SecuritySchemes({ schemes }: { schemes: Record<string, SecurityScheme> }) {
  return (
    <>
      {Object.entries(schemes).map(([name, scheme]) => (
        <div key={name} className="security-scheme">
          <AnchorHeading level={3} id={securitySchemeAnchor(name)}>
            {name}
          </AnchorHeading>
          <SchemeDetails scheme={scheme} />
          <Markdown source={scheme.description} />
        </div>
      ))}
    </>
  );
}
