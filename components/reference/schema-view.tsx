import type { SchemaNode } from '@/lib/reference/schema-view-types';
import { hasChildren } from '@/lib/reference/schema-view-types';
import { Markdown } from './markdown';
import { SchemaChildren, SchemaStop } from './schema-children';
import { SchemaFacts } from './schema-facts';
import { SchemaTypeLine } from './schema-type-line';

/** A whole schema (a body, a component): its type line, text, facts and the tree of fields. */
export function SchemaView({ node, idPrefix, apiId, showDescription = true }: { node: SchemaNode; idPrefix: string; apiId: string; showDescription?: boolean }) {
  return (
    <div className="schema-view">
      <div className="schema-root-head">
        <SchemaTypeLine node={node} apiId={apiId} />
      </div>
      {showDescription && <Markdown source={node.description} />}
      <SchemaFacts node={node} />
      {(node.recursive || node.truncated) && <SchemaStop node={node} apiId={apiId} />}
      {hasChildren(node) && <SchemaChildren node={node} idPrefix={idPrefix} apiId={apiId} />}
    </div>
  );
}
