'use client';

import { useId } from 'react';

/** One labelled text-like input of the auth forms (API keys, tokens, client ids, secrets). */
export function LabeledInput({ label, value, onChange, type = 'text' }: { label: string; value: string; onChange(value: string): void; type?: string }) {
  const id = useId();
  return (
    <div className="tryit-field">
      <label htmlFor={id} className="tryit-field-name">
        {label}
      </label>
      <input id={id} type={type} autoComplete="off" spellCheck={false} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
