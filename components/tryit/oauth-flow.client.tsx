'use client';

import { useEffect, useState } from 'react';
import type { OpenIdConfiguration } from '@/lib/tryit/oauth-callback';
import type { OAuthFlow as FlowSpec, SecurityScheme } from '@/lib/openapi/types';
import type { OAuthSettings } from '@/lib/tryit/auth-storage';
import { discoverOpenId, requestToken, runAuthorizeFlow, type FlowResult } from './oauth-actions';
import type { TryItState } from './use-try-it-state';
import { LabeledInput } from './labeled-input';

type OAuthScheme = Extract<SecurityScheme, { type: 'oauth2' | 'openIdConnect' }>;
type FlowName = 'authorizationCode' | 'clientCredentials' | 'implicit' | 'password';

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
  const [discovery, setDiscovery] = useState<{ config?: OpenIdConfiguration; error?: string }>({});
  const openIdUrl = scheme.type === 'openIdConnect' ? scheme.openIdConnectUrl : undefined;
  // Discover before the click: the popup must open synchronously inside it, or browsers block it.
  useEffect(() => {
    if (!openIdUrl) return;
    let live = true;
    discoverOpenId(openIdUrl).then((found) => live && setDiscovery(found.ok ? { config: found.config } : { error: found.reason }));
    return () => {
      live = false;
    };
  }, [openIdUrl]);
  const discovered = discovery.config?.scopes ?? [];
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
    setStatus({ busy: true, message: 'Waiting for the authorization server…' });
    if (scheme.type === 'openIdConnect') {
      const config = discovery.config;
      if (!config) return setStatus({ busy: false, error: true, message: discovery.error ?? 'Still reading the OpenID Connect discovery document; try again in a moment.' });
      const scopes = settings.scopes.includes('openid') ? settings.scopes : ['openid', ...settings.scopes];
      return finish(await runAuthorizeFlow({ authorizationUrl: config.authorizationUrl, tokenUrl: config.tokenUrl, client, scopes, redirectUri, proxyUrl, openId: true }));
    }
    if (flowName === 'clientCredentials' || flowName === 'password') {
      if (!flow?.tokenUrl) return setStatus({ busy: false, error: true, message: 'The spec gives no tokenUrl for this flow.' });
      const grant = flowName === 'password' ? { type: 'password' as const, ...user } : { type: 'client_credentials' as const };
      return finish(await requestToken(flow.tokenUrl, grant, client, settings.scopes, proxyUrl));
    }
    if (!flow?.authorizationUrl) return setStatus({ busy: false, error: true, message: 'The spec gives no authorizationUrl for this flow.' });
    const tokenUrl = flowName === 'implicit' ? undefined : flow.tokenUrl;
    if (flowName === 'authorizationCode' && !tokenUrl) return setStatus({ busy: false, error: true, message: 'The spec gives no tokenUrl for this flow.' });
    finish(await runAuthorizeFlow({ authorizationUrl: flow.authorizationUrl, tokenUrl, client, scopes: settings.scopes, redirectUri, proxyUrl }));
  };

  const popupFlow = scheme.type === 'openIdConnect' || flowName === 'authorizationCode' || flowName === 'implicit';
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
      {discovery.error && !status.message && <p className="tryit-error-text">{discovery.error}</p>}
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
