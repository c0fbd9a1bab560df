'use client';

import { useId, useState, type ChangeEvent } from 'react';
import { captureEnvironment, type Environment } from '@/lib/tryit/environments';
import type { TryItState } from './use-try-it-state';

function serverLabel(environment: Environment, servers: TryItState['slice']['servers']): string | undefined {
  if (environment.server === 'mock') return 'Mock (in this browser)';
  if (environment.server === 'custom') return environment.baseUrl;
  return environment.server === undefined ? undefined : servers[environment.server]?.url;
}

/** One line saying what the environment fills, so switching holds no surprise. */
function summary(environment: Environment, servers: TryItState['slice']['servers']): string {
  const values = [...Object.entries(environment.variables), ...Object.entries(environment.parameters)].map(([name, value]) => `${name} = ${Array.isArray(value) ? value.join(', ') : String(value)}`);
  const server = serverLabel(environment, servers);
  const parts = [server ? `server ${server}` : undefined, values.length > 0 ? values.join('; ') : undefined].filter(Boolean);
  return parts.length > 0 ? `Fills ${parts.join('; ')}.` : 'Fills nothing yet: fill the console and choose "Save values".';
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

type Naming = { mode: 'create' | 'rename'; name: string } | undefined;

/**
 * Named sets of values for every console of the API: choose one, save the console's values into it,
 * create, rename, delete, export and import. Files are read and written by a module that loads on use.
 */
export function EnvironmentPicker({ state }: { state: TryItState }) {
  const id = useId();
  const { environments, slice, apiId } = state;
  const { store, active } = environments;
  const [naming, setNaming] = useState<Naming>();
  const [message, setMessage] = useState<{ text: string; errors?: string[] }>();
  const current = { drafts: state.drafts, server: state.server };

  const finishNaming = () => {
    const name = naming?.name.trim() ?? '';
    if (!naming || name === '') return;
    if (naming.mode === 'create') environments.create(name, (blank) => captureEnvironment(blank, current, state.environmentShape));
    else if (active) environments.update(active.id, (e) => ({ ...e, name }));
    setNaming(undefined);
    setMessage(undefined);
  };
  const exportAll = async () => {
    const { exportEnvironments } = await import('@/lib/tryit/environment-file');
    download(`${apiId}-environments.json`, exportEnvironments(apiId, store.environments));
    setMessage({ text: `Exported ${store.environments.length} environment${store.environments.length === 1 ? '' : 's'}, without credentials.` });
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const { importEnvironments, mergeEnvironments } = await import('@/lib/tryit/environment-file');
    const result = importEnvironments(await file.text(), apiId);
    if (!result.ok) return setMessage({ text: `Not imported: ${file.name} has ${result.errors.length === 1 ? 'a problem' : `${result.errors.length} problems`}.`, errors: result.errors });
    environments.replaceAll(mergeEnvironments(store, result.environments));
    setMessage({ text: `Imported ${result.environments.map((e) => e.name).join(', ')}. Files carry no credentials: enter yours below.` });
  };

  return (
    <fieldset className="tryit-group tryit-environments">
      <legend>Environment</legend>
      <div className="tryit-field">
        <label htmlFor={`${id}-environment`} className="tryit-field-name">
          Environment
        </label>
        <select id={`${id}-environment`} value={active?.id ?? ''} onChange={(e) => environments.choose(e.target.value || undefined)}>
          <option value="">No environment</option>
          {store.environments.map((environment) => (
            <option key={environment.id} value={environment.id}>
              {environment.name}
            </option>
          ))}
        </select>
        {active && <p className="tryit-field-description">{summary(active, slice.servers)}</p>}
      </div>
      {naming ? (
        <div className="tryit-row">
          <label htmlFor={`${id}-name`} className="tryit-field-name">
            Environment name
          </label>
          <input
            id={`${id}-name`}
            type="text"
            value={naming.name}
            maxLength={80}
            autoFocus
            onChange={(e) => setNaming({ ...naming, name: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') finishNaming();
              if (e.key === 'Escape') setNaming(undefined);
            }}
          />
          <button type="button" className="tryit-button tryit-button-quiet" onClick={finishNaming} disabled={naming.name.trim() === ''}>
            {naming.mode === 'create' ? 'Create' : 'Rename'}
          </button>
          <button type="button" className="tryit-button tryit-button-quiet" onClick={() => setNaming(undefined)}>
            Cancel
          </button>
        </div>
      ) : (
        <div className="tryit-row">
          <button type="button" className="tryit-button tryit-button-quiet" onClick={() => setNaming({ mode: 'create', name: '' })} title="A new environment with the console's current values">
            New environment
          </button>
          {active && (
            <>
              <button type="button" className="tryit-button tryit-button-quiet" onClick={() => environments.update(active.id, (e) => captureEnvironment(e, current, state.environmentShape))}>
                Save values
              </button>
              <button type="button" className="tryit-button tryit-button-quiet" onClick={() => setNaming({ mode: 'rename', name: active.name })}>
                Rename
              </button>
              <button type="button" className="tryit-button tryit-button-quiet" onClick={() => environments.remove(active.id)} aria-label={`Delete environment ${active.name}`}>
                Delete
              </button>
            </>
          )}
          {store.environments.length > 0 && (
            <button type="button" className="tryit-button tryit-button-quiet" onClick={exportAll}>
              Export
            </button>
          )}
          <label className="tryit-button tryit-button-quiet tryit-file-button">
            Import…
            <input type="file" accept="application/json,.json" onChange={importFile} aria-label="Import environments" />
          </label>
        </div>
      )}
      {message && (
        <div role={message.errors ? 'alert' : 'status'} className="tryit-note">
          <p>{message.text}</p>
          {message.errors && (
            <ul>
              {message.errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p className="tryit-note">
        An environment fills every console of this API: server, server variables and parameters by name. Credentials entered while one is chosen belong to it, kept
        like all credentials here (this tab, or this device with Remember). Exports never contain credentials.
      </p>
    </fieldset>
  );
}
