'use client';

import { escapeToken, readablePointer } from '@/lib/openapi/pointer';
import { useId } from 'react';
import type { ValidationIssue } from '@/lib/tryit/types';
import { toFileRef } from './field-input.client';
import { FieldRow } from './field-row.client';
import type { TryItState } from './use-try-it-state';

function fieldLabel(field: string): string {
  return readablePointer(field.replace(/^body\.?/, '')) || '(the body)';
}

/** What validation found in the body, by JSON pointer. */
function BodyIssues({ issues, id }: { issues: ValidationIssue[]; id?: string }) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} className="tryit-issues">
      {issues.map((issue, i) => (
        <li key={i}>
          <code>{fieldLabel(issue.field)}</code> {issue.message}
        </li>
      ))}
    </ul>
  );
}

/** The request body: a JSON or text editor, form fields (with file inputs) for form media types, or a file for binary ones. */
export function BodyEditor({ state }: { state: TryItState }) {
  const id = useId();
  const { model, bodySpec, body, bodyIndex, setBodyIndex, jsonError } = state;
  if (!bodySpec || !body) return null;
  const issues: ValidationIssue[] = (state.issues ?? []).filter((issue) => issue.field === 'body' || issue.field.startsWith('body.'));
  const required = state.slice.operation.requestBody?.required;
  return (
    <fieldset className="tryit-group">
      <legend>Request body{required ? ' (required)' : ''}</legend>
      {model.bodies.length > 1 && (
        <div className="tryit-field">
          <label htmlFor={`${id}-type`} className="tryit-field-name">
            Content type
          </label>
          <select id={`${id}-type`} value={bodyIndex} onChange={(e) => setBodyIndex(Number(e.target.value))}>
            {model.bodies.map((b, i) => (
              <option key={b.mediaType} value={i}>
                {b.mediaType}
              </option>
            ))}
          </select>
        </div>
      )}
      {'text' in body && <TextBody state={state} issues={issues} jsonErrorId={`${id}-json`} />}
      {'form' in body && <FormBody state={state} issues={issues} />}
      {'file' in body && <FileBody state={state} issues={issues} />}
      {jsonError && (
        <p id={`${id}-json`} className="tryit-error-text" role="status">
          JSON syntax error at line {jsonError.line}, column {jsonError.column}: {jsonError.message}
        </p>
      )}
    </fieldset>
  );
}

function TextBody({ state, issues, jsonErrorId }: { state: TryItState; issues: ValidationIssue[]; jsonErrorId: string }) {
  const id = useId();
  const { bodySpec, body, setBodyText, jsonError } = state;
  if (!bodySpec || !body || !('text' in body)) return null;
  const schemaIssues = issues.filter((issue) => !(issue.line && jsonError));
  const invalid = Boolean(jsonError) || schemaIssues.length > 0;
  const describedBy = [jsonError ? jsonErrorId : undefined, schemaIssues.length > 0 ? `${id}-issues` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <>
      {bodySpec.examples.length > 1 && (
        <div className="tryit-field">
          <label htmlFor={`${id}-example`} className="tryit-field-name">
            Example
          </label>
          <select id={`${id}-example`} defaultValue="" onChange={(e) => e.target.value !== '' && setBodyText(bodySpec.examples[Number(e.target.value)].text)}>
            <option value="" disabled>
              Replace the body with an example…
            </option>
            {bodySpec.examples.map((example, i) => (
              <option key={example.name} value={i}>
                {example.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="tryit-field">
        <label htmlFor={id} className="tryit-field-name">
          Request body
        </label>
        <span className="tryit-field-type">{bodySpec.mediaType}</span>
        <textarea
          id={id}
          className="tryit-body-text"
          rows={Math.min(20, Math.max(4, body.text.split('\n').length + 1))}
          spellCheck={false}
          value={body.text}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) => setBodyText(e.target.value)}
        />
      </div>
      <BodyIssues issues={schemaIssues} id={`${id}-issues`} />
    </>
  );
}

/** How validation names a form field: `body./<JSON pointer token>`. */
const bodyFieldKey = (name: string) => `body./${escapeToken(name)}`;

function FormBody({ state, issues }: { state: TryItState; issues: ValidationIssue[] }) {
  const { bodySpec, body, setFormField } = state;
  if (!bodySpec || !body || !('form' in body)) return null;
  const known = new Set(bodySpec.fields.map((f) => bodyFieldKey(f.name)));
  const other = issues.filter((issue) => !known.has(issue.field));
  return (
    <>
      {bodySpec.fields.map((spec) => (
        <FieldRow
          key={spec.name}
          spec={spec}
          value={body.form[spec.name]}
          onChange={(value) => setFormField(spec.name, value)}
          issues={issues.filter((issue) => issue.field === bodyFieldKey(spec.name))}
        />
      ))}
      <BodyIssues issues={other} />
    </>
  );
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A binary body (an image, `application/octet-stream`): the chosen file's bytes go as the body. */
function FileBody({ state, issues }: { state: TryItState; issues: ValidationIssue[] }) {
  const id = useId();
  const { bodySpec, body, setBodyFile } = state;
  if (!bodySpec || !body || !('file' in body)) return null;
  const accept = bodySpec.mediaType === 'application/octet-stream' ? undefined : bodySpec.mediaType;
  return (
    <div className="tryit-field">
      <label htmlFor={id} className="tryit-field-name">
        Body file
      </label>
      <span className="tryit-field-type">{bodySpec.mediaType}</span>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-invalid={issues.length > 0 || undefined}
        aria-describedby={issues.length > 0 ? `${id}-issues` : `${id}-chosen`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          setBodyFile(file ? toFileRef(file) : null);
        }}
      />
      <p id={`${id}-chosen`} className="tryit-field-description">
        {body.file ? `${body.file.name}, ${formatSize(body.file.size)}, sent as the body` : 'The file is sent as the body, byte for byte.'}
      </p>
      <BodyIssues issues={issues} id={`${id}-issues`} />
    </div>
  );
}
