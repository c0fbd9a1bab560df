'use client';

import { useId } from 'react';
import { resolveServerUrl } from '@/lib/request/resolve-server-url';
import type { TryItState } from './use-try-it-state';

/** The spec's servers (with their variables) or a base URL typed by the user. */
export function ServerPicker({ state }: { state: TryItState }) {
  const id = useId();
  const { slice, server, setServer } = state;
  const chosen = slice.servers[server.index];
  return (
    <fieldset className="tryit-group">
      <legend>Server</legend>
      <div className="tryit-field">
        <label htmlFor={`${id}-server`} className="tryit-field-name">
          Server
        </label>
        <select
          id={`${id}-server`}
          value={server.index}
          onChange={(e) => {
            const index = Number(e.target.value);
            // Start a custom URL from the server in use, which is usually the one to edit.
            const current = chosen ? resolveServerUrl({ kind: 'template', url: chosen.url, variables: server.variables[server.index] ?? {}, origin: window.location.origin }) : '';
            setServer((s) => ({ ...s, index, customUrl: s.customUrl || current }));
          }}
        >
          {slice.servers.map((s, i) => (
            <option key={i} value={i}>
              {s.description ? `${s.description}: ${s.url}` : s.url}
            </option>
          ))}
          <option value={-1}>Custom base URL…</option>
        </select>
      </div>
      {chosen &&
        Object.entries(chosen.variables).map(([name, variable]) => {
          const value = server.variables[server.index]?.[name] ?? variable.default;
          const set = (next: string) =>
            setServer((s) => ({ ...s, variables: { ...s.variables, [s.index]: { ...s.variables[s.index], [name]: next } } }));
          const inputId = `${id}-var-${name}`;
          return (
            <div className="tryit-field" key={name}>
              <label htmlFor={inputId} className="tryit-field-name">
                {`Server variable ${name}`}
              </label>
              {variable.enum ? (
                <select id={inputId} value={value} onChange={(e) => set(e.target.value)}>
                  {variable.enum.map((option) => (
                    <option key={option}>{option}</option>
                  ))}
                </select>
              ) : (
                <input id={inputId} type="text" value={value} onChange={(e) => set(e.target.value)} spellCheck={false} />
              )}
              {variable.description && <p className="tryit-field-description">{variable.description}</p>}
            </div>
          );
        })}
      {!chosen && (
        <div className="tryit-field">
          <label htmlFor={`${id}-custom`} className="tryit-field-name">
            Base URL
          </label>
          <input
            id={`${id}-custom`}
            type="url"
            placeholder="https://api.example.com/v1"
            value={server.customUrl}
            onChange={(e) => setServer((s) => ({ ...s, customUrl: e.target.value }))}
            spellCheck={false}
          />
        </div>
      )}
      {state.proxyUrl && (
        <label className="tryit-check">
          <input type="checkbox" checked={state.useProxy} onChange={(e) => state.setUseProxy(e.target.checked)} /> Use CORS proxy
        </label>
      )}
    </fieldset>
  );
}
