import { derefShallow, type DerefContext } from '../openapi/resolve';
import type { ApiModel, JsonSchema } from '../openapi/types';
import { schemaRefName } from './schema-ref-name';
import { isObject } from '../openapi/pointer';

type Obj = Record<string, unknown>;
type Refs = Pick<ApiModel, 'schemas' | 'refTargets'>;

export interface MergedSchema {
  schema: Obj;
  /** `ctx` extended with every ref followed while merging: pass it down to the properties. */
  ctx: DerefContext;
  /** Component refs of members that point back to an ancestor and were left out of the merge. */
  recursiveRefs: string[];
  /** The component names of the `$ref` members that were merged. */
  memberNames: string[];
  /** The component names of the members left out because `skipComponents` named them. */
  skippedNames: string[];
}

export interface MergeOptions {
  /** Component members to leave out (e.g. already shown on the page): listed in `skippedNames` instead. */
  skipComponents?: ReadonlySet<string>;
}

function combine(into: Obj, from: Obj): void {
  for (const [key, value] of Object.entries(from)) {
    if (key === 'allOf') continue;
    if (key === 'properties' && isObject(value)) into.properties = { ...(isObject(into.properties) ? into.properties : {}), ...value };
    else if (key === 'required' && Array.isArray(value)) into.required = [...new Set([...(Array.isArray(into.required) ? into.required : []), ...value])];
    // The first member to say something wins, the outer schema before all (merge order is outer, then members).
    else if (!(key in into)) into[key] = value;
  }
}

/**
 * Flattens `allOf` into one schema: properties united (a later member's
 * definition of the same property wins), `required` united, other keywords
 * from the outer schema first, then from the first member that has them.
 * Members that are `$ref`s are followed (with cycle detection through `ctx`);
 * nested `allOf`s are flattened too. `oneOf`/`anyOf` inside members survive.
 *
 * @example mergeAllOf(model, { allOf: [{ $ref: '#/components/schemas/Base' }, { properties: { b: {} } }] })
 */
export function mergeAllOf(model: Refs, schema: Obj, ctx: DerefContext = { seen: new Set() }, options: MergeOptions = {}): MergedSchema {
  const members = Array.isArray(schema.allOf) ? (schema.allOf as JsonSchema[]) : [];
  const merged: Obj = {};
  combine(merged, schema);
  // Properties of the outer schema are more specific than inherited ones: apply them last.
  const ownProperties = isObject(schema.properties) ? schema.properties : undefined;
  delete merged.properties;
  const seen = new Set(ctx.seen);
  const recursiveRefs: string[] = [];
  const memberNames: string[] = [];
  const skippedNames: string[] = [];
  for (const member of members) {
    const resolved = derefShallow(model, member, { seen });
    if (resolved.circular) {
      const ref = (resolved.schema as Obj).$ref;
      if (typeof ref === 'string') recursiveRefs.push(ref);
      continue;
    }
    const memberName = schemaRefName(resolved.refs[0]);
    if (memberName !== undefined && options.skipComponents?.has(memberName)) {
      skippedNames.push(memberName);
      continue;
    }
    if (memberName !== undefined) memberNames.push(memberName);
    for (const ref of resolved.refs) seen.add(ref);
    if (!isObject(resolved.schema)) continue;
    const flat = Array.isArray(resolved.schema.allOf) ? mergeAllOf(model, resolved.schema, { seen }) : undefined;
    if (flat) {
      for (const ref of flat.ctx.seen) seen.add(ref);
      recursiveRefs.push(...flat.recursiveRefs);
    }
    // A component's own title and description describe the component, not the schema that extends it.
    const { title: _title, description, ...rest } = flat?.schema ?? resolved.schema;
    void _title;
    combine(merged, resolved.refs.length > 0 || description === undefined ? rest : { ...rest, description });
  }
  if (ownProperties) merged.properties = { ...(isObject(merged.properties) ? merged.properties : {}), ...ownProperties };
  if (!merged.type && (merged.properties || merged.additionalProperties !== undefined)) merged.type = 'object';
  return { schema: merged, ctx: { seen }, recursiveRefs, memberNames, skippedNames };
}
