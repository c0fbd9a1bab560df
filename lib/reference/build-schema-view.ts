import { refusedRefOf } from '../openapi/refused-ref';
import { derefShallow, type DerefContext } from '../openapi/resolve';
import type { ApiModel, JsonSchema } from '../openapi/types';
import { describeSchemaType, readSchemaTypes } from './describe-schema-type';
import { listConstraints } from './list-constraints';
import { mergeAllOf } from './merge-all-of';
import { listEnumValues } from './list-enum-values';
import { schemaRefName } from './schema-ref-name';
import type { AdditionalProperties, SchemaNode, SchemaVariants, SchemaViewOptions } from './schema-view-types';
import { buildVariants } from './build-variants';
import { isObject } from '../openapi/pointer';

type Obj = Record<string, unknown>;
type Refs = Pick<ApiModel, 'schemas' | 'refTargets'>;

/** Where one node is being built: the shared budget travels along, `seen` grows per branch. */
export interface BuildContext {
  /** With `schemaSlugs` (a whole ApiModel), nodes of component schemas carry their page slug. */
  model: Refs & { schemaSlugs?: Record<string, string> };
  deref: DerefContext;
  depth: number;
  maxDepth: number;
  budget: { remaining: number };
  collapseRefs: boolean;
  /** Expand this node even if it is a component: the items or a variant of the root, which are what the root is. */
  expandRef?: boolean;
  /** Components already shown on the page: the `allOf` members among them of the root (or its items, variants) are collapsed, not merged. */
  shownComponents?: ReadonlySet<string>;
}

const isNullSchema = (value: unknown) => isObject(value) && value.type === 'null' && Object.keys(value).length === 1;

export const DEFAULT_MAX_DEPTH = 5;
export const DEFAULT_BUDGET = 1500;

function baseNode(typeLabel: string, extra: Partial<SchemaNode> = {}): SchemaNode {
  return {
    typeLabel,
    nullable: false,
    readOnly: false,
    writeOnly: false,
    deprecated: false,
    constraints: [],
    examples: [],
    properties: [],
    patternProperties: [],
    recursive: false,
    truncated: false,
    ...extra,
  };
}

function hasStructure(schema: Obj): boolean {
  return Boolean(schema.properties || schema.items || schema.oneOf || schema.anyOf || schema.patternProperties || isObject(schema.additionalProperties) || schema.discriminator);
}

interface NullUnion {
  /** The schema without its `null` option. */
  schema: Obj;
  nullable: boolean;
  /** Set when exactly one non-null option is left and the outer schema adds nothing structural: show that option. */
  single?: JsonSchema;
}

/** `oneOf: [X, {type: null}]` is how 3.1 (and our 3.0 upgrade) says "nullable X": show X, marked nullable. */
function collapseNullUnion(schema: Obj): NullUnion {
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = schema[key];
    if (!Array.isArray(list) || !list.some(isNullSchema)) continue;
    const rest = list.filter((option) => !isNullSchema(option)) as JsonSchema[];
    const simple = !schema.discriminator && !schema.properties && !schema.type && !schema.allOf;
    return { schema: { ...schema, [key]: rest }, nullable: true, single: rest.length === 1 && simple ? rest[0] : undefined };
  }
  return { schema, nullable: false };
}

function child(c: BuildContext, deref: DerefContext): BuildContext {
  return { ...c, deref, depth: c.depth + 1, expandRef: false };
}

/** The root's array items and union variants are shown expanded: a list of Books is read as Books. */
function rootPart(c: BuildContext, deref: DerefContext): BuildContext {
  return { ...child(c, deref), expandRef: c.depth === 0 };
}

function buildAdditional(value: unknown, c: BuildContext, deref: DerefContext): AdditionalProperties | undefined {
  if (value === undefined) return undefined;
  if (value === false) return { kind: 'none' };
  if (value === true || (isObject(value) && Object.keys(value).length === 0)) return { kind: 'any' };
  return isObject(value) ? { kind: 'schema', node: buildNode(value, child(c, deref)) } : undefined;
}

function slugOf(c: BuildContext, name: string): string | undefined {
  const slugs = c.model.schemaSlugs;
  return slugs && Object.hasOwn(slugs, name) ? slugs[name] : undefined;
}

/** One schema to a view node; follows refs, merges `allOf`, stops at recursion, depth and budget. */
export function buildNode(input: JsonSchema, c: BuildContext): SchemaNode {
  c.budget.remaining -= 1;
  const resolved = derefShallow(c.model, input, c.deref);
  const firstRef = resolved.refs[0] ?? (isObject(resolved.schema) && typeof resolved.schema.$ref === 'string' ? resolved.schema.$ref : undefined);
  const refName = schemaRefName(firstRef);
  const refSlug = refName !== undefined ? slugOf(c, refName) : undefined;
  if (resolved.circular) return baseNode(refName ?? 'recursive', { refName, refSlug, recursive: true });
  if (resolved.missing) return baseNode(`unresolved ${firstRef ?? 'reference'}`);
  const refused = refusedRefOf(resolved.schema);
  if (refused !== undefined) return baseNode(`unresolved ${refused}`);
  if (typeof resolved.schema === 'boolean') return baseNode(resolved.schema ? 'any' : 'never');

  let schema: Obj = resolved.schema;
  let deref = resolved.ctx;
  const collapsed = collapseNullUnion(schema);
  if (collapsed.single !== undefined) {
    c.budget.remaining += 1;
    const inner = buildNode(collapsed.single, { ...c, deref });
    const text = (key: string) => (typeof schema[key] === 'string' ? (schema[key] as string) : undefined);
    return { ...inner, nullable: true, title: text('title') ?? inner.title, description: text('description') ?? inner.description };
  }
  schema = collapsed.schema;
  let memberNames: string[] = [];
  let sharedMembers: SchemaNode[] = [];
  if (Array.isArray(schema.allOf)) {
    const skipComponents = c.depth === 0 || c.expandRef ? c.shownComponents : undefined;
    const merged = mergeAllOf(c.model, schema, deref, { skipComponents });
    schema = merged.schema;
    deref = merged.ctx;
    memberNames = merged.memberNames;
    sharedMembers = merged.skippedNames.map((name) => baseNode(name, { refName: name, refSlug: slugOf(c, name), truncated: true }));
  }
  const types = readSchemaTypes(schema);
  const node = baseNode('', {
    refName,
    refSlug,
    title: typeof schema.title === 'string' ? schema.title : undefined,
    description: typeof schema.description === 'string' ? schema.description : undefined,
    nullable: types.nullable || collapsed.nullable,
    readOnly: schema.readOnly === true,
    writeOnly: schema.writeOnly === true,
    deprecated: schema.deprecated === true,
    constraints: listConstraints(schema),
    defaultValue: 'default' in schema ? { value: schema.default } : undefined,
    constValue: 'const' in schema ? { value: schema.const } : undefined,
    examples: Array.isArray(schema.examples) ? schema.examples : 'example' in schema ? [schema.example] : [],
    enumValues: listEnumValues(schema),
  });
  if (memberNames.length > 0) node.allOfNames = memberNames;
  if (sharedMembers.length > 0) node.sharedMembers = sharedMembers;

  // A component below the root is named and linked, not inlined (see SchemaViewOptions.collapseRefs).
  const collapsedRef = c.collapseRefs && c.depth > 0 && refName !== undefined && !c.expandRef;
  const stop = collapsedRef || c.depth >= c.maxDepth || c.budget.remaining <= 0;
  if (stop && hasStructure(schema)) {
    node.truncated = true;
    node.typeLabel = describeSchemaType(schema, undefined);
    return node;
  }
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : []);
  if (isObject(schema.properties)) {
    for (const [propName, propSchema] of Object.entries(schema.properties)) {
      if (c.budget.remaining <= 0) {
        node.truncated = true;
        break;
      }
      if (typeof propSchema !== 'boolean' && !isObject(propSchema)) continue;
      node.properties.push({ name: propName, required: required.has(propName), node: buildNode(propSchema, child(c, deref)) });
    }
  }
  if (isObject(schema.patternProperties)) {
    for (const [pattern, value] of Object.entries(schema.patternProperties)) {
      if (isObject(value) || typeof value === 'boolean') node.patternProperties.push({ pattern, node: buildNode(value, child(c, deref)) });
    }
  }
  node.additionalProperties = buildAdditional(schema.additionalProperties, c, deref);
  const items = schema.items;
  if (isObject(items) || typeof items === 'boolean') node.items = buildNode(items, rootPart(c, deref));
  node.variants = buildVariants(schema, (option) => buildNode(option, rootPart(c, deref))) satisfies SchemaVariants | undefined;
  const itemLabel = node.items ? (node.items.refName ?? node.items.typeLabel) : undefined;
  node.typeLabel = describeSchemaType(schema, itemLabel);
  return node;
}

/**
 * Turns a schema into the viewer's view model: refs followed, `allOf` merged,
 * `oneOf`/`anyOf` as variants with the discriminator mapping, recursive refs
 * as links back, expansion capped by depth and by a node budget.
 *
 * @example
 * const budget = { remaining: 1500 }; // one per page
 * buildSchemaView(model, { $ref: '#/components/schemas/Book' }, { budget });
 */
export function buildSchemaView(model: Refs, schema: JsonSchema, options: SchemaViewOptions = {}): SchemaNode {
  return buildNode(schema, {
    model,
    deref: { seen: new Set(options.seenRefs ?? []) },
    depth: 0,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    budget: options.budget ?? { remaining: DEFAULT_BUDGET },
    collapseRefs: options.collapseRefs ?? true,
    shownComponents: options.shownComponents,
  });
}
