'use client';

import { CloseIcon } from '@/components/icons/icons';
import type { FieldDraft } from '@/lib/tryit/build-console-model';
import type { FieldSpec, ScalarKind } from '@/lib/tryit/describe-field';
import type { FileRef } from '@/lib/request/types';

export type InputValue = FieldDraft | FileRef[] | undefined;

interface InputProps {
  spec: FieldSpec;
  id: string;
  value: InputValue;
  onChange(value: InputValue): void;
  invalid: boolean;
  describedBy?: string;
}

interface ScalarProps {
  kind: ScalarKind;
  id: string;
  label?: string;
  options?: string[];
  required: boolean;
  value: string | boolean | undefined;
  placeholder?: string;
  onChange(value: string | boolean): void;
  aria: Record<string, string | boolean | undefined>;
}

/** One text, select or checkbox input. Numbers are typed as text so a wrong value can be caught and explained. */
function ScalarInput({ kind, id, label, options, required, value, placeholder, onChange, aria }: ScalarProps) {
  const common = { id, 'aria-label': label, ...aria };
  if (kind === 'boolean' && required) {
    return <input {...common} type="checkbox" checked={value === true || value === 'true'} onChange={(e) => onChange(e.target.checked)} />;
  }
  if (kind === 'enum' || kind === 'boolean') {
    const choices = kind === 'boolean' ? ['true', 'false'] : options ?? [];
    return (
      <select {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{placeholder ? `(not set; ${placeholder})` : '(not set)'}</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    );
  }
  const inputMode = kind === 'integer' ? 'numeric' : kind === 'number' ? 'decimal' : undefined;
  return (
    <input
      {...common}
      type="text"
      inputMode={inputMode}
      autoComplete="off"
      spellCheck={false}
      placeholder={placeholder}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

function ArrayInput({ spec, id, value, onChange, aria }: Omit<InputProps, 'invalid' | 'describedBy'> & { aria: ScalarProps['aria'] }) {
  const items = Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : [];
  const shown = items.length > 0 ? items : [''];
  const update = (next: string[]) => onChange(next);
  return (
    <div className="tryit-array">
      {shown.map((item, i) => (
        <div className="tryit-array-item" key={i}>
          <ScalarInput
            kind={spec.item ?? 'text'}
            id={i === 0 ? id : `${id}-${i}`}
            // The first item is labelled by the field's <label>; the others say which item they are.
            label={i === 0 ? undefined : `${spec.name} (item ${i + 1})`}
            options={spec.options}
            required={false}
            value={item}
            placeholder={i === 0 ? spec.placeholder : undefined}
            onChange={(v) => update(shown.map((old, j) => (j === i ? String(v) : old)))}
            aria={aria}
          />
          {shown.length > 1 && (
            <button type="button" className="tryit-icon-button" aria-label={`Remove item ${i + 1} of ${spec.name}`} onClick={() => update(shown.filter((_, j) => j !== i))}>
              <CloseIcon size={16} />
            </button>
          )}
        </div>
      ))}
      <button type="button" className="tryit-link-button" onClick={() => update([...shown, ''])} aria-label={`Add an item to ${spec.name}`}>
        + Add item
      </button>
    </div>
  );
}

/** A chosen file as the request model holds it; the File itself goes along for sending. */
export function toFileRef(file: File): FileRef {
  return { name: file.name, type: file.type, size: file.size, blob: file };
}

function FileInput({ spec, id, onChange, aria }: Omit<InputProps, 'invalid' | 'describedBy' | 'value'> & { aria: ScalarProps['aria'] }) {
  return (
    <input
      id={id}
      type="file"
      multiple={spec.multiple}
      accept={spec.accept}
      {...aria}
      onChange={(e) => {
        const files = [...(e.target.files ?? [])].map(toFileRef);
        onChange(files.length > 0 ? files : undefined);
      }}
    />
  );
}

/** The input for one parameter or form field, chosen by the server-side field description. */
export function FieldInput({ spec, id, value, onChange, invalid, describedBy }: InputProps) {
  const aria = { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy, 'aria-required': spec.required || undefined };
  if (spec.kind === 'file') return <FileInput spec={spec} id={id} onChange={onChange} aria={aria} />;
  if (spec.kind === 'array') return <ArrayInput spec={spec} id={id} value={value} onChange={onChange} aria={aria} />;
  if (spec.kind === 'object' || spec.kind === 'json') {
    return (
      <textarea
        id={id}
        {...aria}
        rows={3}
        spellCheck={false}
        placeholder={spec.kind === 'object' ? 'key=value, one per line' : spec.placeholder}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <ScalarInput
      kind={spec.kind}
      id={id}
      options={spec.options}
      required={spec.required}
      value={typeof value === 'string' || typeof value === 'boolean' ? value : undefined}
      placeholder={spec.placeholder}
      onChange={onChange}
      aria={aria}
    />
  );
}
