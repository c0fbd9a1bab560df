'use client';

import { CheckIcon, CloseIcon } from '@/components/icons/icons';
import type { ResponseCheck } from '@/lib/tryit/check-response';

/** How the live response compares with the documented one: quiet when it matches, specific when not. */
export function ResponseContract({ check, status }: { check?: ResponseCheck; status: number }) {
  if (!check) return <p className="tryit-contract tryit-note">Checking the response against the documentation…</p>;
  if (check.kind === 'ok') return (
      <p className="tryit-contract tryit-contract-ok">
        <CheckIcon size={16} /> Matches the documented schema
      </p>
    );
  if (check.kind === 'undocumented-status') {
    return <p className="tryit-contract tryit-contract-warn">Status {status} is not documented for this operation.</p>;
  }
  if (check.kind === 'no-schema') {
    return <p className="tryit-contract tryit-note">Not checked: {check.reason ?? 'no schema is documented for this response'}.</p>;
  }
  return (
    <div className="tryit-contract tryit-contract-mismatch" role="group" aria-label="Differences from the documented schema">
      <p>
        <CloseIcon size={16} /> The response does not match the documented schema ({check.errors.length} {check.errors.length === 1 ? 'difference' : 'differences'}):
      </p>
      <ul>
        {check.errors.slice(0, 50).map((error, i) => (
          <li key={i}>
            <code>{error.pointer || '(body)'}</code> {error.message}
          </li>
        ))}
      </ul>
      {check.errors.length > 50 && <p className="tryit-note">…and {check.errors.length - 50} more.</p>}
    </div>
  );
}
