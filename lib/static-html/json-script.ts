/**
 * JSON for a `<script type="application/json">` element: `<` is written as `\u003c`, so spec text
 * such as `</script>` or `<!--` cannot end the element or start a comment, and `JSON.parse` of the
 * element's text gives the value back unchanged.
 */
export function jsonScriptText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
