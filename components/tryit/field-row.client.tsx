'use client';

import { useId } from 'react';
import type { FieldSpec } from '@/lib/tryit/describe-field';
import type { ValidationIssue } from '@/lib/tryit/types';
import { FieldInput, type InputValue } from './field-input.client';

interface FieldRowProps {
  spec: FieldSpec;
  value: InputValue;
  onChange(value: InputValue): void;
  issues: ValidationIssue[];
}

/**
 * A labelled input. The <label> holds exactly the field's name (tests and
 * screen readers find inputs by it); "required", the location and the
 * description sit outside it.
 */
export function FieldRow({ spec, value, onChange, issues }: FieldRowProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const invalid = issues.length > 0;
  const describedBy = [invalid ? errorId : undefined, spec.description ? descriptionId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`tryit-field${invalid ? ' tryit-field-invalid' : ''}`} data-field={`${spec.location}.${spec.name}`}>
      <div className="tryit-field-head">
        <label htmlFor={id} className="tryit-field-name">
          {spec.name}
        </label>
        {spec.required && <span className="tryit-required">required</span>}
        {spec.deprecated && <span className="tryit-deprecated">deprecated</span>}
        <span className="tryit-field-type">
          {spec.kind === 'array' ? `${spec.item ?? 'text'}[]` : spec.kind === 'enum' ? 'enum' : spec.kind}
          {spec.format ? ` (${spec.format})` : ''}
        </span>
      </div>
      <FieldInput spec={spec} id={id} value={value} onChange={onChange} invalid={invalid} describedBy={describedBy} />
      {invalid && (
        <p id={errorId} className="tryit-error-text">
          {issues.map((issue) => `${spec.name} ${issue.message}`).join('; ')}
        </p>
      )}
      {spec.description && (
        <p id={descriptionId} className="tryit-field-description">
          {spec.description}
        </p>
      )}
    </div>
  );
}
