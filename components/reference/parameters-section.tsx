import type { Parameter } from '@/lib/openapi/types';
import type { SchemaFieldInput } from '@/lib/reference/schema-html';
import { LOCATION_TITLES, operationIds, parameterGroups } from '@/lib/reference/build-operation-toc';
import { AnchorHeading } from './anchor-heading';
import { SchemaFields } from './schema-view';
import { viewSchema, type ViewContext } from './view-context';

function parameterField(parameter: Parameter, ctx: ViewContext): SchemaFieldInput {
  const media = parameter.content?.[0];
  const examples = [...parameter.examples, ...(media?.examples ?? [])].filter((e) => e.value !== undefined).map((e) => e.value);
  return {
    name: parameter.name,
    required: parameter.required,
    node: viewSchema(ctx, parameter.schema ?? media?.schema),
    id: operationIds.parameter(parameter.in, parameter.name),
    description: parameter.description,
    extraExamples: examples,
    deprecated: parameter.deprecated,
  };
}

/** Parameters grouped by where they go: path, query, header, cookie. A single group is titled by its location alone. */
export function ParametersSection({ parameters, ctx }: { parameters: Parameter[]; ctx: ViewContext }) {
  if (parameters.length === 0) return null;
  const groups = parameterGroups(parameters);
  const single = groups.length === 1 ? groups[0].location : undefined;
  return (
    <section className="op-section" aria-labelledby={operationIds.parameters}>
      <AnchorHeading level={2} id={operationIds.parameters}>
        {single ? LOCATION_TITLES[single] : 'Parameters'}
      </AnchorHeading>
      {groups.map(({ location, parameters: group }) => (
        <div key={location} className="param-group" id={single ? operationIds.location(location) : undefined}>
          {!single && (
            <AnchorHeading level={3} id={operationIds.location(location)}>
              {LOCATION_TITLES[location]}
            </AnchorHeading>
          )}
          <SchemaFields fields={group.map((parameter) => parameterField(parameter, ctx))} apiId={ctx.apiId} />
        </div>
      ))}
    </section>
  );
}
