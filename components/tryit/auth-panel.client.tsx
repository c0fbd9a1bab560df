'use client';

import type { SecurityScheme } from '@/lib/openapi/types';
import { originLabel, withheldMessage } from '@/lib/tryit/credential-scope';
import type { AuthValue } from '@/lib/request/types';
import { OAuthFlow } from './oauth-flow.client';
import type { TryItState } from './use-try-it-state';
import { LabeledInput } from './labeled-input';

function describeScheme(scheme: SecurityScheme): string {
  switch (scheme.type) {
    case 'apiKey':
      return `API key in the ${scheme.in === 'header' ? `${scheme.name} header` : `${scheme.name} ${scheme.in} parameter`}`;
    case 'http':
      return scheme.scheme.toLowerCase() === 'basic' ? 'HTTP Basic authentication' : `HTTP ${scheme.scheme} token${scheme.bearerFormat ? ` (${scheme.bearerFormat})` : ''}`;
    case 'oauth2':
      return 'OAuth 2.0';
    case 'openIdConnect':
      return 'OpenID Connect';
    default:
      return 'Mutual TLS';
  }
}

function SchemeInputs({ name, scheme, state }: { name: string; scheme: SecurityScheme; state: TryItState }) {
  const value = state.auth.auth.values[name];
  const set = (next: AuthValue | undefined) => state.auth.setValue(name, next);
  if (scheme.type === 'apiKey') {
    return <LabeledInput type="password" label={scheme.name} value={value?.kind === 'apiKey' ? value.value : ''} onChange={(v) => set(v ? { kind: 'apiKey', value: v } : undefined)} />;
  }
  if (scheme.type === 'http' && scheme.scheme.toLowerCase() === 'basic') {
    const basic = value?.kind === 'basic' ? value : { kind: 'basic' as const, username: '', password: '' };
    return (
      <>
        <LabeledInput label="Username" value={basic.username} onChange={(v) => set({ ...basic, username: v })} />
        <LabeledInput type="password" label="Password" value={basic.password} onChange={(v) => set({ ...basic, password: v })} />
      </>
    );
  }
  if (scheme.type === 'http') {
    const label = scheme.scheme.toLowerCase() === 'bearer' ? 'Bearer token' : `${scheme.scheme} credentials`;
    return <LabeledInput type="password" label={label} value={value?.kind === 'token' ? value.token : ''} onChange={(v) => set(v ? { kind: 'token', token: v } : undefined)} />;
  }
  if (scheme.type === 'oauth2' || scheme.type === 'openIdConnect') return <OAuthFlow name={name} scheme={scheme} state={state} />;
  return <p className="tryit-note">Browsers choose client certificates themselves; the console cannot set one.</p>;
}

/**
 * Names the host credentials are held back from, and lets the reader allow it
 * for this session (per API and origin, in sessionStorage).
 */
function OriginConsent({ state }: { state: TryItState }) {
  const { credentialScope: scope, auth } = state;
  const target = scope.targetOrigin;
  const withheld = withheldMessage(scope);
  if (!target || (!withheld && !scope.consented)) return null;
  const host = originLabel(target, scope.withheldFrom[0]);
  return (
    <div className="tryit-consent" role="status">
      {withheld && <p className="tryit-note">{withheld} unless you allow it.</p>}
      <label className="tryit-check">
        <input type="checkbox" checked={auth.consents.includes(target)} onChange={(e) => auth.setConsent(target, e.target.checked)} /> Send my credentials to{' '}
        {host} for this session
      </label>
    </div>
  );
}

/** Credentials for the schemes this operation accepts; shared by every operation of the API. */
export function AuthPanel({ state }: { state: TryItState }) {
  const { slice, auth } = state;
  const names = Object.keys(slice.securitySchemes);
  if (names.length === 0) return null;
  const alternatives = slice.security.map((requirement) => Object.keys(requirement));
  const optional = alternatives.some((names) => names.length === 0);
  const { headers, queryString, cookies } = state.request;
  const applied = [...headers, ...queryString, ...cookies].some((pair) => pair.secret);
  const withheld = state.credentialScope.withheldFrom.length > 0;
  return (
    <fieldset className="tryit-group">
      <legend>Authentication</legend>
      <p className="tryit-note">
        {optional ? 'Optional. ' : ''}
        {alternatives.filter((a) => a.length > 0).length > 1
          ? `Any one of: ${alternatives.filter((a) => a.length > 0).map((a) => a.join(' + ')).join(', ')}.`
          : `Needs ${alternatives.find((a) => a.length > 0)?.join(' + ')}.`}{' '}
        Credentials stay in this browser and go only to the server they were entered for.
      </p>
      {names.map((name) => {
        const scheme = slice.securitySchemes[name];
        return (
          <fieldset key={name} className="tryit-scheme">
            <legend>
              {name} <span className="tryit-field-type">{describeScheme(scheme)}</span>
            </legend>
            <SchemeInputs name={name} scheme={scheme} state={state} />
          </fieldset>
        );
      })}
      <OriginConsent state={state} />
      {!applied && !optional && !withheld && <p className="tryit-note">No credentials yet: the API will probably answer 401.</p>}
      <div className="tryit-row">
        <label className="tryit-check">
          <input type="checkbox" checked={auth.remember} onChange={(e) => auth.setRemember(e.target.checked)} /> Remember on this device
        </label>
        <button type="button" className="tryit-link-button" onClick={auth.clear}>
          Clear credentials
        </button>
      </div>
    </fieldset>
  );
}
