'use client';

import { useEffect, useRef, useState } from 'react';
import type { OAuthFlow as FlowSpec, SecurityScheme } from '@/lib/openapi/types';
import { isWebUrl } from '@/lib/openapi/url-policy';
import type { OAuthSettings } from '@/lib/tryit/auth-storage';
import type { OpenIdDiscovery } from '@/lib/tryit/oauth-callback';
import { createAuthorizeTicket, type AuthorizeTicket } from '@/lib/tryit/oauth-pkce';
import { NOT_A_WEB_ADDRESS, signInUrlsOf, type OAuthFlowName as FlowName } from '@/lib/tryit/oauth-urls';
import { discoverOpenId, requestToken, runAuthorizeFlow, type FlowResult } from './oauth-actions';
import type { TryItState } from './use-try-it-state';
import { LabeledInput } from './labeled-input';

type OAuthScheme = Extract<SecurityScheme, { type: 'oauth2' | 'openIdConnect' }>;

const FLOW_LABELS: Record<FlowName, string> = {
  authorizationCode: 'Authorization code (PKCE)',
  clientCredentials: 'Client credentials',
  implicit: 'Implicit',
  password: 'Password',
};

/** Gets a token for an OAuth 2.0 or OpenID Connect scheme: popup flows, client credentials, password, or a pasted token. */
export function OAuthFlow({ name, scheme, state }: { name: string; scheme: OAuthScheme; state: TryItState }) {
  const requiredScopes = state.slice.security.find((req) => name in req)?.[name] ?? [];
  const flows: Partial<Record<FlowName, FlowSpec>> = scheme.type === 'oauth2' ? scheme.flows : { authorizationCode: { scopes: {} } };
  const flowNames = (Object.keys(FLOW_LABELS) as FlowName[]).filter((f) => flows[f]);
  const [flowName, setFlowName] = useState<FlowName | undefined>(flowNames[0]);
  const [status, setStatus] = useState<{ busy: boolean; message?: string; error?: boolean }>({ busy: false });
  const [user, setUser] = useState({ username: '', password: '' });
  const [discovery, setDiscovery] = useState<OpenIdDiscovery | undefined>();
  const openIdUrl = scheme.type === 'openIdConnect' ? scheme.openIdConnectUrl : undefined;
  // Discover before the click: the popup must open synchronously inside it, or browsers block it.
  useEffect(() => {
    if (!openIdUrl) return;
    let live = true;
    discoverOpenId(openIdUrl).then((found) => {
      if (!live) return;
      setDiscovery(found);
      // A "still reading" answer to an early click is out of date now.
      setStatus((current) => (current.busy ? current : { busy: false }));
    });
    return () => {
      live = false;
    };
  }, [openIdUrl]);
  // The same for PKCE (WebCrypto is async): one ticket per attempt, made ahead of the click.
  const [ticket, setTicket] = useState<AuthorizeTicket | undefined>();
  const [attempts, setAttempts] = useState(0);
  useEffect(() => {
    let live = true;
    createAuthorizeTicket().then((made) => live && setTicket(made));
    return () => {
      live = false;
    };
  }, [attempts]);
  const waiting = useRef<AbortController | undefined>(undefined);
  // A console that goes away stops listening for its sign-in window.
  useEffect(() => () => waiting.current?.abort(), []);
  const config = discovery?.ok ? discovery.config : undefined;
  const discovered = config?.scopes ?? [];
  const settings: OAuthSettings = state.auth.auth.oauth[name] ?? { clientId: '', clientSecret: '', scopes: requiredScopes };
  const setSettings = (patch: Partial<OAuthSettings>) => state.auth.setOAuth(name, { ...settings, ...patch });
  const flow = flowName ? flows[flowName] : undefined;
  const scopeNames = [...new Set([...Object.keys(flow?.scopes ?? {}), ...discovered, ...requiredScopes])];
  const token = state.auth.auth.values[name];
  const proxyUrl = state.useProxy ? state.proxyUrl : undefined;
  const redirectUri = `${window.location.origin}${state.basePath}/oauth-callback/`;

  const finish = (result: FlowResult) => {
    if (result.ok) {
      state.auth.setValue(name, { kind: 'token', token: result.accessToken });
      setStatus({ busy: false, message: `Got an access token${result.expiresIn ? ` (expires in ${result.expiresIn} s)` : ''}.` });
    } else {
      setStatus({ busy: false, error: true, message: `${result.error}: ${result.description}` });
    }
  };

  const start = async () => {
    if (!flowName) return;
    const client = { clientId: settings.clientId, clientSecret: settings.clientSecret };
    const openId = scheme.type === 'openIdConnect';
    if (openId && !config) return setStatus({ busy: false, error: true, message: discovery?.ok === false ? discovery.reason : 'Still reading the OpenID Connect discovery document; try again in a moment.' });
    // Checked again here, whatever the model or the discovery document said.
    const urls = openId ? signInUrlsOf('authorizationCode', config!) : signInUrlsOf(flowName, flow ?? {});
    if (!urls) return setStatus({ busy: false, error: true, message: NOT_A_WEB_ADDRESS });
    if (flowName === 'clientCredentials' || flowName === 'password') {
      setStatus({ busy: true, message: 'Waiting for the authorization server…' });
      const grant = flowName === 'password' ? { type: 'password' as const, ...user } : { type: 'client_credentials' as const };
      return finish(await requestToken(urls.tokenUrl!, grant, client, settings.scopes, proxyUrl));
    }
    if (!ticket) return setStatus({ busy: false, error: true, message: 'Still preparing the sign-in; try again in a moment.' });
    const controller = new AbortController();
    waiting.current = controller;
    setStatus({ busy: true, message: 'Waiting for the sign-in window… If none opened, allow pop-ups for this site, then cancel and try again.' });
    const scopes = openId && !settings.scopes.includes('openid') ? ['openid', ...settings.scopes] : settings.scopes;
    // No await before this call: the popup opens inside the click.
    const result = runAuthorizeFlow({ authorizationUrl: urls.authorizationUrl!, tokenUrl: urls.tokenUrl, client, scopes, redirectUri, proxyUrl, openId, ticket, signal: controller.signal });
    setTicket(undefined);
    setAttempts((n) => n + 1);
    const outcome = await result;
    waiting.current = undefined;
    finish(outcome);
  };

  const popupFlow = scheme.type === 'openIdConnect' || flowName === 'authorizationCode' || flowName === 'implicit';
  // A flow whose URLs are missing or not web addresses gets no button at all, only the reason.
  const usable =
    scheme.type === 'openIdConnect' ? isWebUrl(scheme.openIdConnectUrl) && !(discovery?.ok === false && discovery.notWebAddress) : flowName !== undefined && signInUrlsOf(flowName, flow ?? {}) !== undefined;
  return (
    <div className="tryit-oauth">
      {flowNames.length > 1 && (
        <div className="tryit-row" role="radiogroup" aria-label={`${name} flow`}>
          {flowNames.map((f) => (
            <label key={f} className="tryit-check">
              <input type="radio" name={`${name}-flow`} checked={flowName === f} onChange={() => setFlowName(f)} /> {FLOW_LABELS[f]}
            </label>
          ))}
        </div>
      )}
      {usable ? (
        <>
          <LabeledInput label="Client ID" value={settings.clientId} onChange={(v) => setSettings({ clientId: v })} />
          {flowName !== 'implicit' && <LabeledInput label="Client secret (optional)" type="password" value={settings.clientSecret} onChange={(v) => setSettings({ clientSecret: v })} />}
          {flowName === 'password' && (
            <>
              <LabeledInput label="Username" value={user.username} onChange={(v) => setUser((u) => ({ ...u, username: v }))} />
              <LabeledInput label="Password" type="password" value={user.password} onChange={(v) => setUser((u) => ({ ...u, password: v }))} />
            </>
          )}
          {scopeNames.length > 0 && (
            <fieldset className="tryit-scopes">
              <legend>Scopes</legend>
              {scopeNames.map((scope) => (
                <label key={scope} className="tryit-check" title={flow?.scopes[scope]}>
                  <input
                    type="checkbox"
                    checked={settings.scopes.includes(scope)}
                    onChange={(e) => setSettings({ scopes: e.target.checked ? [...settings.scopes, scope] : settings.scopes.filter((s) => s !== scope) })}
                  />{' '}
                  {scope}
                </label>
              ))}
            </fieldset>
          )}
          {popupFlow && (
            <p className="tryit-note">
              Redirect URI to register with the authorization server: <code>{redirectUri}</code>
            </p>
          )}
          <button type="button" className="tryit-button" disabled={status.busy || !settings.clientId} onClick={start}>
            {popupFlow ? 'Authorize' : 'Get token'}
          </button>
          {status.busy && popupFlow && (
            <button type="button" className="tryit-button" onClick={() => waiting.current?.abort()}>
              Cancel
            </button>
          )}
        </>
      ) : (
        <p className="tryit-error-text">{NOT_A_WEB_ADDRESS}</p>
      )}
      {discovery?.ok === false && !discovery.notWebAddress && !status.message && <p className="tryit-error-text">{discovery.reason}</p>}
      {status.message && (
        <p className={status.error ? 'tryit-error-text' : 'tryit-note'} role="status">
          {status.message}
        </p>
      )}
      <LabeledInput
        label="Access token"
        type="password"
        value={token?.kind === 'token' ? token.token : ''}
        onChange={(v) => state.auth.setValue(name, v ? { kind: 'token', token: v } : undefined)}
      />
    </div>
  );
}
