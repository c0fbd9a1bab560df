/** HTTP method as a colored badge; the method stays visible text for readers and tests. */
export function MethodBadge({ method }: { method: string }) {
  const lower = method.toLowerCase();
  return <span className={`method-badge method-${lower}`}>{lower === 'delete' ? 'DEL' : method.toUpperCase()}</span>;
}
