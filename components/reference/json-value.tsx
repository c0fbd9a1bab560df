/** A short literal (enum value, default, example) as inline code; long ones are cut. */
export function JsonValue({ value, max = 120 }: { value: unknown; max?: number }) {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return <code className="json-value">{text.length > max ? `${text.slice(0, max)}…` : text}</code>;
}
