'use client';

import { useEffect, useRef, useState } from 'react';
import { CopyTextButton } from './copy-text-button.client';
import { HistoryPanel } from './history-panel.client';
import { AuthPanel } from './auth-panel.client';
import { BodyEditor } from './body-editor.client';
import { ParameterFields } from './parameter-fields.client';
import { RequestPreview } from './request-preview.client';
import { ResponseView } from './response-view.client';
import { ServerPicker } from './server-picker.client';
import { EnvironmentPicker } from './environment-picker.client';
import type { ValidationIssue } from '@/lib/tryit/types';
import type { TryItProps } from './types';
import { useTryItState, type TryItState } from './use-try-it-state';

/** Why Send did nothing: a body that is not JSON is said as such, not counted as a mismatch. */
function blockedMessage(issues: ValidationIssue[]): string {
  const syntax = issues.find((issue) => issue.line !== undefined);
  if (syntax) return `Not sent: the body is not valid JSON (line ${syntax.line}, column ${syntax.column}). Fix it, or send anyway to see how the API reacts.`;
  const count = issues.length === 1 ? '1 value does' : `${issues.length} values do`;
  return `Not sent: ${count} not match the documentation. Fix ${issues.length === 1 ? 'it' : 'them'}, or send anyway to see how the API reacts.`;
}

function SendBar({ state }: { state: TryItState }) {
  const [blocked, setBlocked] = useState(false);
  const issues = state.issues ?? [];
  const showBlocked = blocked && issues.length > 0;
  const send = async (force: boolean) => {
    const sent = await state.send(force);
    setBlocked(!sent);
    if (!sent) {
      // Take the reader to the first field at fault.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.tryit-console [aria-invalid="true"]')?.focus());
    }
  };
  return (
    <div className="tryit-send">
      <div className="tryit-row">
        <button type="button" className="tryit-button tryit-button-primary" onClick={() => send(false)} disabled={state.pending}>
          Send
        </button>
        <code className="tryit-url" title={state.request.url}>
          {state.request.method} {state.request.url}
        </code>
        <CopyTextButton text={state.link} label="Copy link" />
      </div>
      <p className="tryit-note tryit-credential-note" aria-live="polite">
        {state.mocked ? `Mock: answered in this page, nothing is sent. ${state.credentialNote}` : state.credentialNote}
      </p>
      {showBlocked && (
        <div className="tryit-blocked" role="alert">
          <p>{blockedMessage(issues)}</p>
          <button type="button" className="tryit-button" onClick={() => send(true)} disabled={state.pending}>
            Send anyway
          </button>
        </div>
      )}
    </div>
  );
}

/** The interactive console; loaded on demand (components/islands/console.ts), never part of the page's first load. */
export default function TryItConsole(props: TryItProps) {
  const state = useTryItState(props);
  const root = useRef<HTMLDivElement>(null);
  const { fromLink } = state;
  useEffect(() => {
    // Opened from a shared link: the reader came for this console, so show it filled.
    if (fromLink) root.current?.closest('section')?.scrollIntoView({ block: 'start' });
  }, [fromLink]);
  return (
    <div className="tryit-console" ref={root}>
      <form className="tryit-form" onSubmit={(e) => e.preventDefault()} noValidate aria-label="Request">
        <EnvironmentPicker state={state} />
        <ServerPicker state={state} />
        <AuthPanel state={state} />
        <ParameterFields state={state} />
        <BodyEditor state={state} />
      </form>
      <SendBar state={state} />
      {/* The answer lands right under Send; the request as code comes after it, folded. */}
      <ResponseView state={state} />
      <RequestPreview request={state.request} />
      <HistoryPanel state={state} />
    </div>
  );
}
