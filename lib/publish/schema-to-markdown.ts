import { derefShallow, type DerefContext } from '../openapi/resolve';
import type { JsonSchema, SchemaRefs } from '../openapi/types';
import { describeSchemaType } from '../reference/describe-schema-type';
import { mergeAllOf } from '../reference/merge-all-of';
import { schemaRefName } from '../reference/schema-ref-name';
import { isObject } from '../openapi/pointer';

type Obj = Record<string, unknown>;
export interface SchemaListOptions {
  /** Levels of nested objects listed; deeper ones are named (and linked to their schema page) only. */
  maxDepth?: number;
  /** Properties listed per object; the rest are counted. Keeps a twin of a wide entity short. */
  maxProperties?: number;
  /**
   * Lines in the whole list. Entities that reference each other (Microsoft Graph's shape) made
   * twins of 3 MB on average, 18 MB at most, before this cap and the once-per-component rule.
   */
  maxLines?: number;
  /** The page of a component schema, for the "see" links of cut-off levels. */
  schemaUrl?: (name: string) => string | undefined;
}

/** Spec Markdown on one line of a list item (a newline would end the item). */
export function inlineText(text: string | undefined): string {
  return (text ?? '').replace(/\s*\n\s*/g, ' ').trim();
}

interface Walk {
  model: SchemaRefs;
  options: Required<Pick<SchemaListOptions, 'maxDepth' | 'maxProperties' | 'maxLines'>> & SchemaListOptions;
  lines: string[];
  /** Components whose fields are listed already: later references link to them instead. */
  listed: Set<string>;
  /** Set once the list reached `maxLines`. */
  full: boolean;
}

function componentLink(walk: Walk, name: string): string {
  const url = walk.options.schemaUrl?.(name);
  return url ? `[${name}](${url})` : name;
}

function typeLabel(schema: Obj, refs: string[]): string {
  const component = refs.map(schemaRefName).find(Boolean);
  if (component) return component;
  if (isObject(schema.items)) {
    const itemName = schemaRefName(typeof schema.items.$ref === 'string' ? schema.items.$ref : undefined);
    return describeSchemaType(schema, itemName);
  }
  return describeSchemaType(schema);
}

function facts(schema: Obj): string[] {
  const out: string[] = [];
  if (Array.isArray(schema.enum)) out.push(`one of ${schema.enum.slice(0, 20).map((value) => `\`${JSON.stringify(value)}\``).join(', ')}`);
  if (schema.default !== undefined) out.push(`default \`${JSON.stringify(schema.default)}\``);
  for (const key of ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'pattern'] as const) {
    if (schema[key] !== undefined) out.push(`${key} \`${String(schema[key])}\``);
  }
  if (schema.readOnly === true) out.push('read-only');
  if (schema.writeOnly === true) out.push('write-only');
  if (schema.deprecated === true) out.push('deprecated');
  return out;
}

/** The object whose fields a schema lists: itself, or its array's items. */
function fieldsOf(walk: Walk, schema: Obj, ctx: DerefContext): { schema: Obj; ctx: DerefContext } | undefined {
  if (isObject(schema.properties) || Array.isArray(schema.oneOf) || Array.isArray(schema.anyOf)) return { schema, ctx };
  if (schema.items !== undefined) {
    const items = derefShallow(walk.model, schema.items as JsonSchema, ctx);
    if (items.circular || !isObject(items.schema)) return undefined;
    const merged = mergeAllOf(walk.model, items.schema, items.ctx);
    return isObject(merged.schema.properties) || Array.isArray(merged.schema.oneOf) || Array.isArray(merged.schema.anyOf) ? merged : undefined;
  }
  return undefined;
}

function listFields(walk: Walk, schema: Obj, ctx: DerefContext, depth: number): void {
  const indent = '  '.repeat(depth);
  const properties = isObject(schema.properties) ? Object.entries(schema.properties) : [];
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  for (const [name, child] of properties.slice(0, walk.options.maxProperties)) listOne(walk, name, child as JsonSchema, required.has(name), ctx, depth);
  if (properties.length > walk.options.maxProperties && !walk.full) walk.lines.push(`${indent}- … ${properties.length - walk.options.maxProperties} more properties`);
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const variants = Array.isArray(schema[keyword]) ? (schema[keyword] as JsonSchema[]) : [];
    variants.forEach((variant, index) => listOne(walk, `${keyword === 'oneOf' ? 'one of' : 'any of'} #${index + 1}`, variant, false, ctx, depth, true));
  }
}

function listOne(walk: Walk, name: string, raw: JsonSchema, required: boolean, parentCtx: DerefContext, depth: number, isVariant = false): void {
  const indent = '  '.repeat(depth);
  if (walk.full) return;
  if (walk.lines.length >= walk.options.maxLines) {
    walk.full = true;
    walk.lines.push(`${indent}- … more fields not listed here`);
    return;
  }
  const resolved = derefShallow(walk.model, raw, parentCtx);
  const label = isVariant ? name : `\`${name}\``;
  if (resolved.circular) {
    const component = resolved.refs.map(schemaRefName).find(Boolean) ?? schemaRefName((resolved.schema as Obj).$ref as string);
    walk.lines.push(`${indent}- ${label} (${component ? componentLink(walk, component) : 'recursive'}, recursive)`);
    return;
  }
  if (!isObject(resolved.schema)) {
    walk.lines.push(`${indent}- ${label} (${resolved.schema === false ? 'never' : 'any'})`);
    return;
  }
  const merged = mergeAllOf(walk.model, resolved.schema, resolved.ctx);
  const schema = merged.schema;
  const type = typeLabel(schema, resolved.refs);
  const notes = [type, ...(required ? ['required'] : []), ...facts(schema)].join(', ');
  const description = inlineText(typeof schema.description === 'string' ? schema.description : undefined);
  walk.lines.push(`${indent}- ${label} (${notes})${description ? `: ${description}` : ''}`);
  if (schema.items !== undefined && derefShallow(walk.model, schema.items as JsonSchema, merged.ctx).circular) {
    const ref = isObject(schema.items) && typeof schema.items.$ref === 'string' ? schemaRefName(schema.items.$ref) : undefined;
    walk.lines.push(`${'  '.repeat(depth + 1)}- items: ${ref ? componentLink(walk, ref) : 'the schema above'} (recursive)`);
    return;
  }
  const nested = fieldsOf(walk, schema, merged.ctx);
  if (!nested) return;
  const component = resolved.refs.map(schemaRefName).find(Boolean);
  if (component && walk.listed.has(component)) {
    walk.lines.push(`${'  '.repeat(depth + 1)}- fields listed above, on ${componentLink(walk, component)}`);
    return;
  }
  if (depth + 1 >= walk.options.maxDepth) {
    walk.lines.push(`${'  '.repeat(depth + 1)}- … fields${component ? ` on ${componentLink(walk, component)}` : ' not listed at this depth'}`);
    return;
  }
  if (component) walk.listed.add(component);
  listFields(walk, nested.schema, nested.ctx, depth + 1);
}

/**
 * A schema as a nested Markdown list: one item per property (name, type, required, constraints,
 * description), nested objects indented, `allOf` merged, `oneOf`/`anyOf` variants listed,
 * recursion named instead of followed. Returns '' for a schema without fields (a scalar body).
 */
export function schemaToMarkdownList(model: SchemaRefs, schema: JsonSchema, options: SchemaListOptions = {}): string {
  const walk: Walk = { model, options: { maxDepth: 4, maxProperties: 60, maxLines: 400, ...options }, lines: [], listed: new Set(), full: false };
  const resolved = derefShallow(model, schema);
  if (resolved.circular || !isObject(resolved.schema)) return '';
  const merged = mergeAllOf(model, resolved.schema, resolved.ctx);
  const root = fieldsOf(walk, merged.schema, merged.ctx);
  if (!root) return '';
  listFields(walk, root.schema, root.ctx, 0);
  return walk.lines.join('\n');
}
