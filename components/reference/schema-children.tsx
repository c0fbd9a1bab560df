import Link from 'next/link';
import { idPart } from '@/lib/reference/anchor-ids';
import { schemaHref } from '@/lib/reference/build-api-nav';
import { hasChildren, type SchemaNode } from '@/lib/reference/schema-view-types';
import { SchemaProperty } from './schema-property';
import { SchemaVariantsView } from './schema-variants';
import { SchemaTypeLine } from './schema-type-line';

const properties = (count: number) => `${count} ${count === 1 ? 'property' : 'properties'}`;

/** The label of a collapsed group of nested fields. */
export function childSummary(node: SchemaNode): string {
  if (node.variants) return `${node.variants.kind === 'oneOf' ? 'One of' : 'Any of'} ${node.variants.options.length} variants`;
  const target = node.properties.length === 0 && node.items && hasChildren(node.items) ? node.items : node;
  const count = target.properties.length + target.patternProperties.length + (target.additionalProperties?.kind === 'schema' ? 1 : 0);
  if (target.variants) return `Items: ${target.variants.kind === 'oneOf' ? 'one of' : 'any of'} ${target.variants.options.length} variants`;
  if (target !== node) return `Items: ${properties(count)}`;
  return count > 0 ? properties(count) : 'Details';
}

/** Where the tree stops: a recursive reference or a level not expanded here, with a link to the full schema. */
export function SchemaStop({ node, apiId }: { node: SchemaNode; apiId: string }) {
  const link = node.refName ? <Link href={schemaHref(apiId, node.refName)}>{node.refName}</Link> : null;
  if (node.recursive) {
    return <p className="schema-stop">{link ? <>Recursive: refers back to {link}.</> : 'Recursive: refers back to a parent schema.'}</p>;
  }
  return <p className="schema-stop">{link ? <>Not expanded here: see {link}.</> : 'Nested too deeply to show here.'}</p>;
}

/** The nested fields of a node: properties, pattern and additional properties, array items, variants. */
export function SchemaChildren({ node, idPrefix, apiId }: { node: SchemaNode; idPrefix: string; apiId: string }) {
  const items = node.items;
  const showItems = items && (hasChildren(items) || items.recursive || items.truncated);
  return (
    <div className="schema-children">
      {(node.properties.length > 0 || node.patternProperties.length > 0 || node.additionalProperties) && (
        <ul className="schema-props">
          {node.properties.map((prop) => (
            <SchemaProperty key={prop.name} name={prop.name} required={prop.required} node={prop.node} id={`${idPrefix}-${idPart(prop.name)}`} apiId={apiId} />
          ))}
          {node.patternProperties.map((entry, index) => (
            <SchemaProperty key={entry.pattern} name={`/${entry.pattern}/`} required={false} node={entry.node} id={`${idPrefix}-pattern-${index}`} apiId={apiId} />
          ))}
          {node.additionalProperties?.kind === 'schema' && (
            <SchemaProperty name="[any key]" required={false} node={node.additionalProperties.node} id={`${idPrefix}-additional`} apiId={apiId} />
          )}
          {node.additionalProperties?.kind === 'any' && <li className="schema-prop schema-note">Other properties are allowed.</li>}
          {node.additionalProperties?.kind === 'none' && <li className="schema-prop schema-note">No other properties are allowed.</li>}
        </ul>
      )}
      {showItems && (
        <div className="schema-items">
          <div className="schema-items-head">
            Items <SchemaTypeLine node={items} apiId={apiId} />
          </div>
          {(items.recursive || items.truncated) && <SchemaStop node={items} apiId={apiId} />}
          {hasChildren(items) && <SchemaChildren node={items} idPrefix={`${idPrefix}-items`} apiId={apiId} />}
        </div>
      )}
      {node.variants && <SchemaVariantsView variants={node.variants} idPrefix={idPrefix} apiId={apiId} />}
    </div>
  );
}
