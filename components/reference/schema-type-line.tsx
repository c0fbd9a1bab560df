import Link from 'next/link';
import { schemaHref } from '@/lib/reference/build-api-nav';
import type { SchemaNode } from '@/lib/reference/schema-view-types';

/** `object · Book · nullable · read-only`: the type label, a link to its component, and flags. */
export function SchemaTypeLine({ node, apiId }: { node: SchemaNode; apiId: string }) {
  const showRef = node.refName && !node.typeLabel.includes(`<${node.refName}>`);
  return (
    <span className="schema-type">
      <span className="type-label">{node.typeLabel}</span>
      {showRef && (
        <Link className="type-ref" href={schemaHref(apiId, node.refName!)}>
          {node.refName}
        </Link>
      )}
      {node.nullable && <span className="flag">nullable</span>}
      {node.readOnly && <span className="flag">read-only</span>}
      {node.writeOnly && <span className="flag">write-only</span>}
      {node.deprecated && <span className="flag flag-deprecated">deprecated</span>}
    </span>
  );
}
