import { refOf } from './pointer';
import { resolveRef } from './resolve';
import { schemaChildren } from './schema-children';
import type { ApiModel, JsonSchema } from './types';

export interface SchemaVisit {
  schema: JsonSchema;
  /** The ref this schema was reached through, when it is a ref target. */
  viaRef?: string;
}

/**
 * Visits every schema reachable from `root`, following `$ref`s through the model.
 * Each ref target is entered once (a `seen` set in the walk's own context), so
 * recursive schemas end. `onMissing` hears about refs that do not resolve.
 */
export function walkSchema(
  model: Pick<ApiModel, 'schemas' | 'refTargets'>,
  root: JsonSchema,
  visit: (entry: SchemaVisit) => void,
  onMissing?: (ref: string) => void,
): void {
  const seen = new Set<string>();
  const stack: SchemaVisit[] = [{ schema: root }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    visit(entry);
    const ref = refOf(entry.schema);
    if (ref !== undefined && !seen.has(ref)) {
      seen.add(ref);
      const target = resolveRef(model, ref);
      if (target === undefined) onMissing?.(ref);
      else stack.push({ schema: target, viaRef: ref });
    }
    for (const child of schemaChildren(entry.schema)) stack.push({ schema: child.schema });
  }
}
