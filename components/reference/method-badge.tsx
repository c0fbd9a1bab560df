import { methodLabel } from '@/lib/reference/method-label';

/** HTTP method as a colored badge; the method stays visible text for readers and tests. */
export function MethodBadge({ method }: { method: string }) {
  return <span className={`method-badge method-${method.toLowerCase()}`}>{methodLabel(method)}</span>;
}
