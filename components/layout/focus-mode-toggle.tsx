/**
 * "Focus mode" for long operation pages: a checkbox that hides the sidebar and the table of contents so
 * the operation takes the whole width. Pure CSS (`.page-grid:has(.focus-mode-input:checked)` in
 * globals.css): no script and nothing in the page's payload, so it works before hydration and without
 * JavaScript. It lasts for the page; a reader who wants it again checks it again.
 */
export function FocusModeToggle() {
  return (
    <label className="focus-mode-toggle">
      <input type="checkbox" className="focus-mode-input" />
      Focus mode
    </label>
  );
}
