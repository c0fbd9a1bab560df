import { hasChildren, type SchemaNode } from '@/lib/reference/schema-view-types';
import { AnchorLink } from './anchor-heading';
import { Markdown } from './markdown';
import { SchemaChildren, SchemaStop, childSummary } from './schema-children';
import { SchemaFacts } from './schema-facts';
import { SchemaTypeLine } from './schema-type-line';

export interface SchemaPropertyProps {
  name: string;
  required: boolean;
  node: SchemaNode;
  id: string;
  apiId: string;
  /** A parameter's own description wins over its schema's. */
  description?: string;
  extraExamples?: unknown[];
  /** Shown after the name, e.g. `deprecated` for a parameter. */
  deprecated?: boolean;
}

/** What a flat array's items allow (enum, constraints), or where a recursive item type stops. */
function ItemFacts({ items, apiId }: { items: SchemaNode; apiId: string }) {
  const facts = items.enumValues || items.constraints.length > 0 || items.examples.length > 0;
  if (!facts && !items.recursive && !items.truncated) return null;
  return (
    <div className="schema-items">
      {facts && <span className="fact-name">Items</span>}
      {facts && <SchemaFacts node={items} />}
      {(items.recursive || items.truncated) && <SchemaStop node={items} apiId={apiId} />}
    </div>
  );
}

/** One named field (property, parameter, header): name, type, flags, text, facts, and its nested fields. */
export function SchemaProperty({ name, required, node, id, apiId, description, extraExamples, deprecated }: SchemaPropertyProps) {
  const text = description ?? node.description;
  return (
    <li className="schema-prop" id={id}>
      <div className="prop-head">
        <code className={deprecated || node.deprecated ? 'prop-name prop-deprecated' : 'prop-name'}>{name}</code>
        <AnchorLink id={id} />
        <SchemaTypeLine node={node} apiId={apiId} />
        {deprecated && !node.deprecated && <span className="flag flag-deprecated">deprecated</span>}
        {required && <span className="required">required</span>}
      </div>
      <Markdown source={text} className="prop-description" />
      <SchemaFacts node={node} extraExamples={extraExamples} />
      {(node.recursive || node.truncated) && <SchemaStop node={node} apiId={apiId} />}
      {node.items && !hasChildren(node.items) && <ItemFacts items={node.items} apiId={apiId} />}
      {hasChildren(node) && (
        <details className="schema-nested">
          <summary>{childSummary(node)}</summary>
          <SchemaChildren node={node} idPrefix={id} apiId={apiId} />
        </details>
      )}
    </li>
  );
}
