'use client';

import { useState } from 'react';

/**
 * Copies the text of the code block it sits in. It reads the block from the
 * DOM instead of taking the code as a prop, so a page does not carry each
 * sample twice more in its hydration data.
 */
export function CopyCodeButton({ label }: { label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="copy-button"
      aria-label={copied ? 'Copied' : label}
      onClick={async (event) => {
        const code = event.currentTarget.closest('.code-block')?.querySelector('pre')?.textContent ?? '';
        await navigator.clipboard.writeText(code);
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      }}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}
