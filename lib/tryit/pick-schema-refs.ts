import { parsePointer, splitRef } from '../openapi/pointer';
import { resolveRef } from '../openapi/resolve';
import type { ApiModel, JsonSchema } from '../openapi/types';
import type { SchemaRefs } from '../openapi/types';

const SCHEMA_PREFIX = '#/components/schemas/';

export interface PickLimits {
  /**
   * Component levels kept: 1 is what the operation names itself (its bodies, parameters,
   * responses), 2 the components those name, and so on; an `allOf` member, or a member of a
   * `oneOf`/`anyOf` of several components, stays on its parent's level. Deeper components are replaced by `CUT_SCHEMA` (anything is valid there).
   */
  maxDepth?: number;
  /** Past this many characters of JSON, components below level 1 are cut too. */
  maxChars?: number;
}

const isUnion = (key: string) => key === 'oneOf' || key === 'anyOf';
const isRef = (value: unknown) => typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string';

/**
 * A `oneOf`/`anyOf` of two or more components is a choice between shapes of one thing (a
 * discriminated union): its members stay on its level. `anyOf: [Ref, {nullable}]`, Graph's
 * "nullable navigation property", is a nested component like any other.
 */
function isChoiceOfShapes(value: unknown): boolean {
  return Array.isArray(value) && value.filter(isRef).length >= 2;
}

/** What a component left out of a slice becomes: validators accept any value there. */
export const CUT_SCHEMA: JsonSchema = { description: 'Not checked by the console: open the schema page for its fields.' };

/**
 * The part of the model a client island needs to validate and sample one
 * operation: every schema its parameters, bodies and responses reach through
 * `$ref`s, transitively (breadth first). Send this to the console instead of the
 * whole spec. With `limits`, components deeper than `maxDepth` levels, or past
 * `maxChars` of JSON, are replaced by `CUT_SCHEMA`; the operation's own (level 1)
 * always come whole.
 */
export function pickSchemaRefs(root: unknown, model: Pick<ApiModel, 'schemas' | 'refTargets'>, limits: PickLimits = {}): SchemaRefs {
  const maxDepth = limits.maxDepth ?? Infinity;
  const maxChars = limits.maxChars ?? Infinity;
  const picked: SchemaRefs = { schemas: {}, refTargets: {} };
  const seen = new Set<string>();
  let chars = 0;
  // levels[d]: nodes to walk whose refs lead to level d + 1 (or d, inside allOf).
  const levels: { node: unknown; composed: boolean }[][] = [[{ node: root, composed: false }]];
  for (let depth = 0; depth < levels.length; depth++) {
    const stack = levels[depth];
    while (stack.length > 0) {
      const { node, composed } = stack.pop()!;
      if (typeof node !== 'object' || node === null) continue;
      if (Array.isArray(node)) {
        for (const entry of node) stack.push({ node: entry, composed });
        continue;
      }
      const ref = (node as { $ref?: unknown }).$ref;
      if (typeof ref === 'string' && ref.startsWith('#') && !seen.has(ref)) {
        seen.add(ref);
        if (ref.startsWith(SCHEMA_PREFIX)) {
          const name = parsePointer(splitRef(ref).pointer)[2];
          const schema: JsonSchema | undefined = name === undefined ? undefined : model.schemas[name];
          if (schema !== undefined && !Object.hasOwn(picked.schemas, name!)) {
            const level = composed ? Math.max(depth, 1) : depth + 1;
            const size = level > 1 && maxChars !== Infinity ? JSON.stringify(schema).length : 0;
            if (level > maxDepth || (level > 1 && chars + size > maxChars)) {
              picked.schemas[name!] = CUT_SCHEMA;
            } else {
              chars += size;
              picked.schemas[name!] = schema;
              (levels[level] ??= []).push({ node: schema, composed: false });
            }
          }
        } else {
          // Other targets (a shared response, a parameter) are wrappers: their refs stay on this level.
          const target = resolveRef(model, ref);
          if (target !== undefined) {
            picked.refTargets[ref] = target;
            stack.push({ node: target, composed: false });
          }
        }
      }
      for (const [key, value] of Object.entries(node)) stack.push({ node: value, composed: key === 'allOf' || (isUnion(key) && isChoiceOfShapes(value)) });
    }
  }
  return picked;
}
