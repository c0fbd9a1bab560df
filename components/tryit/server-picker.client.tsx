'use client';

import { useId } from 'react';
import { resolveServerUrl } from '@/lib/request/resolve-server-url';
import { reasonPhrase } from '@/lib/http/reason-phrases';
import { MOCK_SERVER_INDEX } from './mock-sender';
import type { TryItState } from './use-try-it-state';

function statusLabel(status: string): string {
  return /^\d{3}$/.test(status) ? `${status} ${reasonPhrase(Number(status))}` : status;
}

/** With the mock chosen: which documented response it answers with, and what the mock is. */
function MockOptions({ state, id }: { state: TryItState; id: string }) {
  const statuses = state.slice.operation.responses.map((response) => response.status);
  return (
    <div className="tryit-field">
      <label htmlFor={`${id}-mock-status`} className="tryit-field-name">
        Mock response
      </label>
      <select id={`${id}-mock-status`} value={state.mockStatus ?? ''} onChange={(e) => state.setMockStatus(e.target.value || undefined)}>
        <option value="">Automatic: success, or the error the request earns</option>
        {statuses.map((status) => (
          <option key={status} value={status}>
            {statusLabel(status)}
          </option>
        ))}
      </select>
      <p className="tryit-field-description">
        Answered in this page from the documentation (its examples, else samples of its schemas); nothing is sent over the network. What you create is kept for
        this tab.
      </p>
    </div>
  );
}

/** The spec's servers (with their variables), a base URL typed by the user, or the in-browser mock. */
export function ServerPicker({ state }: { state: TryItState }) {
  const id = useId();
  const { slice, server, setServer, mocked } = state;
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
          <option value={MOCK_SERVER_INDEX}>Mock (in this browser)</option>
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
      {mocked && <MockOptions state={state} id={id} />}
      {!chosen && !mocked && (
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
      {state.proxyUrl && !mocked && (
        <label className="tryit-check">
          <input type="checkbox" checked={state.useProxy} onChange={(e) => state.setUseProxy(e.target.checked)} /> Use CORS proxy
        </label>
      )}
    </fieldset>
  );
}
