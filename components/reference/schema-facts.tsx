import type { SchemaNode } from '@/lib/reference/schema-view-types';
import { JsonValue } from './json-value';
import { Markdown } from './markdown';

/** Constraints, allowed values, default and examples of one schema node. */
export function SchemaFacts({ node, extraExamples = [] }: { node: SchemaNode; extraExamples?: unknown[] }) {
  const examples = [...extraExamples, ...node.examples].slice(0, 3);
  const enumWithText = node.enumValues?.some((entry) => entry.description);
  return (
    <>
      {(node.constraints.length > 0 || node.defaultValue || node.constValue) && (
        <ul className="schema-facts">
          {node.constValue && (
            <li>
              <span className="fact-name">Value</span> <JsonValue value={node.constValue.value} />
            </li>
          )}
          {node.defaultValue && (
            <li>
              <span className="fact-name">Default</span> <JsonValue value={node.defaultValue.value} />
            </li>
          )}
          {node.constraints.map((text) => (
            <li key={text} className="constraint">
              {text}
            </li>
          ))}
        </ul>
      )}
      {node.enumValues && node.enumValues.length > 0 && (
        <div className="schema-enum">
          <span className="fact-name">Allowed values</span>
          {enumWithText ? (
            <dl>
              {node.enumValues.map((entry, index) => (
                <div key={index}>
                  <dt>
                    <JsonValue value={entry.value} />
                  </dt>
                  <dd>
                    <Markdown source={entry.description} />
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <span className="enum-values">
              {node.enumValues.slice(0, 50).map((entry, index) => (
                <JsonValue key={index} value={entry.value} />
              ))}
              {node.enumValues.length > 50 && <span> and {node.enumValues.length - 50} more</span>}
            </span>
          )}
        </div>
      )}
      {examples.length > 0 && (
        <div className="schema-examples">
          <span className="fact-name">{examples.length > 1 ? 'Examples' : 'Example'}</span>
          {examples.map((value, index) => (
            <JsonValue key={index} value={value} />
          ))}
        </div>
      )}
    </>
  );
}
