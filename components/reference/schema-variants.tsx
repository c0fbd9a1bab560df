import type { SchemaVariants } from '@/lib/reference/schema-view-types';
import { JsonValue } from './json-value';
import { Markdown } from './markdown';
import { SchemaChildren, SchemaStop } from './schema-children';
import { SchemaFacts } from './schema-facts';
import { SchemaTypeLine } from './schema-type-line';
import { hasChildren } from '@/lib/reference/schema-view-types';

/**
 * `oneOf`/`anyOf` as an exclusive accordion of <details> (one open at a time where
 * the browser supports `name`), so a reader picks a variant without JavaScript.
 */
export function SchemaVariantsView({ variants, idPrefix, apiId }: { variants: SchemaVariants; idPrefix: string; apiId: string }) {
  const group = `${idPrefix}-${variants.kind}`;
  return (
    <div className="schema-variants">
      <p className="variants-intro">
        {variants.kind === 'oneOf' ? 'Exactly one of' : 'One or more of'} these {variants.options.length} variants
        {variants.discriminator && (
          <>
            , selected by <code>{variants.discriminator}</code>
          </>
        )}
        :
      </p>
      {variants.options.map((option, index) => {
        const id = `${group}-${index}`;
        return (
          <details key={id} id={id} className="schema-variant" name={group} open={index === 0}>
            <summary>
              <span className="variant-label">{option.label}</span>
              {option.discriminatorValues.length > 0 && (
                <span className="variant-when">
                  {variants.discriminator} ={' '}
                  {option.discriminatorValues.map((value) => (
                    <JsonValue key={value} value={value} />
                  ))}
                </span>
              )}
            </summary>
            <div className="variant-body">
              <div className="schema-root-head">
                <SchemaTypeLine node={option.node} apiId={apiId} />
              </div>
              <Markdown source={option.node.description} />
              <SchemaFacts node={option.node} />
              {(option.node.recursive || option.node.truncated) && <SchemaStop node={option.node} apiId={apiId} />}
              {hasChildren(option.node) && <SchemaChildren node={option.node} idPrefix={id} apiId={apiId} />}
            </div>
          </details>
        );
      })}
    </div>
  );
}
