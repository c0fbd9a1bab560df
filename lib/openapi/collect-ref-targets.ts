import { isObject, parsePointer, refOf } from './pointer';
import { resolvePointer } from './resolve';
import type { ApiModel, JsonSchema } from './types';

const SCHEMA_PREFIX = '#/components/schemas/';

type Holder = Record<string, unknown> | unknown[];

/**
 * Fills `model.refTargets` with every internal ref target the model points at
 * that is not a whole component schema, transitively (targets hold more refs),
 * so the model alone resolves every `$ref` in it. A ref whose target is not an
 * object (a description or example shared by `$ref` in a multi-file spec) is
 * replaced by its value in place. Returns the refs that do not resolve in `doc`.
 */
export function collectRefTargets(model: ApiModel, doc: unknown): string[] {
  const missing = new Set<string>();
  const done = new Set<string>();
  const stack: unknown[] = [];
  const isWholeSchema = (ref: string) => {
    if (!ref.startsWith(SCHEMA_PREFIX)) return false;
    const tokens = parsePointer(ref.slice(1));
    return tokens.length === 3 && model.schemas[tokens[2]] !== undefined;
  };
  const visitRef = (ref: string): unknown => {
    if (done.has(ref) || isWholeSchema(ref)) return model.refTargets[ref];
    done.add(ref);
    const target = resolvePointer(doc, ref);
    if (target === undefined) {
      missing.add(ref);
    } else if (typeof target === 'boolean' || isObject(target)) {
      model.refTargets[ref] = target as JsonSchema;
      stack.push(target);
    }
    return target;
  };
  const visitSlot = (holder: Holder, key: string | number): void => {
    const value = (holder as Record<string | number, unknown>)[key];
    const ref = refOf(value);
    if (ref === undefined) {
      if (typeof value === 'object' && value !== null) stack.push(value);
      return;
    }
    const target = visitRef(ref);
    if (target !== undefined && typeof target !== 'boolean' && !isObject(target)) {
      (holder as Record<string | number, unknown>)[key] = target;
      if (Array.isArray(target)) stack.push(target);
      return;
    }
    // Sibling keywords of a schema `$ref` may hold refs of their own.
    stack.push(value);
  };

  const { refTargets: _existing, ...rest } = model;
  void _existing;
  stack.push(rest);
  // The model shares objects (one dereferenced parameter in many operations): walk each once.
  const walked = new WeakSet<object>();
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current !== 'object' || current === null || walked.has(current)) continue;
    walked.add(current);
    if (Array.isArray(current)) {
      for (let i = 0; i < current.length; i++) visitSlot(current, i);
    } else if (isObject(current)) {
      for (const key of Object.keys(current)) if (key !== '$ref') visitSlot(current, key);
    }
  }
  return [...missing];
}
