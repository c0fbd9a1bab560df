import { parsePointer, splitRef } from '../openapi/pointer';
import { resolveRef } from '../openapi/resolve';
import type { ApiModel, JsonSchema } from '../openapi/types';
import type { SchemaRefs } from './types';

const SCHEMA_PREFIX = '#/components/schemas/';

/**
 * The part of the model a client island needs to validate and sample one
 * operation: every schema its parameters, bodies and responses reach through
 * `$ref`s, transitively. Send this to the console instead of the whole spec.
 */
export function pickSchemaRefs(root: unknown, model: Pick<ApiModel, 'schemas' | 'refTargets'>): SchemaRefs {
  const picked: SchemaRefs = { schemas: {}, refTargets: {} };
  const seen = new Set<string>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#') && !seen.has(ref)) {
      seen.add(ref);
      if (ref.startsWith(SCHEMA_PREFIX)) {
        const name = parsePointer(splitRef(ref).pointer)[2];
        const schema: JsonSchema | undefined = name === undefined ? undefined : model.schemas[name];
        if (schema !== undefined && !(name in picked.schemas)) {
          picked.schemas[name] = schema;
          stack.push(schema);
        }
      } else {
        const target = resolveRef(model, ref);
        if (target !== undefined) {
          picked.refTargets[ref] = target;
          stack.push(target);
        }
      }
    }
    stack.push(...Object.values(node));
  }
  return picked;
}
