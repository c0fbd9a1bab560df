'use client';

import { useState } from 'react';

/** A button that copies text and says so; the label is the accessible name until it changes to "Copied". */
export function CopyTextButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="tryit-button tryit-button-quiet"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        } catch {
          // Clipboard refused (insecure context or permissions): the text is on screen to select by hand.
        }
      }}
    >
      {copied ? 'Copied' : label}
    </button>
  );
}
