'use client';

import { fieldKey } from '@/lib/tryit/build-console-model';
import type { ValidationIssue } from '@/lib/tryit/types';
import { FieldRow } from './field-row.client';
import type { TryItState } from './use-try-it-state';

const GROUPS = [
  { location: 'path', title: 'Path parameters' },
  { location: 'query', title: 'Query parameters' },
  { location: 'header', title: 'Headers' },
  { location: 'cookie', title: 'Cookies' },
] as const;

export function ParameterFields({ state }: { state: TryItState }) {
  const { model, drafts, setDraft } = state;
  const issues: ValidationIssue[] = state.issues ?? [];
  return (
    <>
      {GROUPS.map(({ location, title }) => {
        const specs = model.parameters.filter((p) => p.location === location);
        if (specs.length === 0) return null;
        return (
          <fieldset key={location} className="tryit-group">
            <legend>{title}</legend>
            {location === 'cookie' && <p className="tryit-note">Browsers do not let a page set cookies on another site: cookies go into the curl command and code samples only.</p>}
            {specs.map((spec) => {
              const key = fieldKey(spec.location, spec.name);
              const value = drafts[key];
              return (
                <FieldRow
                  key={key}
                  spec={spec}
                  value={value}
                  onChange={(next) => setDraft(key, Array.isArray(next) && next.some((v) => typeof v !== 'string') ? undefined : (next as typeof value))}
                  issues={issues.filter((issue) => issue.field === key)}
                />
              );
            })}
          </fieldset>
        );
      })}
    </>
  );
}
