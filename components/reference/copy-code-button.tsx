/** Copies the text of the code block it sits in (components/islands/copy-buttons.ts reads it from the DOM). */
export function CopyCodeButton({ label }: { label: string }) {
  return (
    <button type="button" className="copy-button needs-js" aria-label={label} data-label={label}>
      Copy
    </button>
  );
}
