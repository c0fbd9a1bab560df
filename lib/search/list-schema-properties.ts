import type { ApiModel } from '../openapi/types';
import { idPart } from '../reference/anchor-ids';
import { buildSchemaView } from '../reference/build-schema-view';
import { schemaRef } from '../reference/schema-ref-name';
import type { SchemaNode } from '../reference/schema-view-types';

/** Property paths go this deep (`a.b.c`) and no further. */
export const MAX_PROPERTY_DEPTH = 3;
/** Nested properties (below the top level) per schema at most, shallowest first: keeps big specs' index small. */
export const MAX_NESTED_PROPERTIES = 40;

export interface ListedProperty {
  /** `login`, `permissions.admin`, `labels[].name`. */
  path: string;
  /** The row's id on the schema page (lib/reference/schema-html.ts names them the same way). */
  anchor: string;
  /** Set when the row is on another schema's page: a property of the component a top-level property refers to. */
  component?: SchemaPage;
  depth: number;
  description?: string;
}

export interface SchemaPage {
  name: string;
  slug: string;
}

interface Pending {
  node: SchemaNode;
  path: string;
  anchor: string;
  depth: number;
  component?: SchemaPage;
}

/**
 * The properties of schema `name` its page shows, top level first, then nested ones breadth-first:
 * inline objects, array items (`labels[].name`) and variants, with the anchors the page gives
 * their rows. A property that is another component (`owner`: simple-user) is shown on the page
 * as a collapsed link, so its own properties (`owner.login`) link to their rows on that
 * component's page (followed only from top-level properties: on GitHub's spec following every
 * reference added 15,000 rows, five times the inline ones). Cycles stop where the page stops them.
 */
export function listSchemaProperties(model: ApiModel, name: string): ListedProperty[] {
  const root = buildSchemaView(model, model.schemas[name], { seenRefs: [schemaRef(name)], maxDepth: MAX_PROPERTY_DEPTH, budget: { remaining: 400 } });
  const listed: ListedProperty[] = [];
  let nested = 0;
  const queue: Pending[] = [{ node: root, path: '', anchor: 'schema', depth: 1 }];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { node, path, anchor, depth, component } = next;
    for (const property of node.properties) {
      if (depth > 1 && nested++ >= MAX_NESTED_PROPERTIES) return listed;
      const entry = { path: path ? `${path}.${property.name}` : property.name, anchor: `${anchor}-${idPart(property.name)}`, depth, component };
      listed.push({ ...entry, description: property.node.description });
      if (depth < MAX_PROPERTY_DEPTH) queue.push(...childrenOf(model, property.node, { ...entry, depth: depth + 1 }, name));
    }
  }
  return listed;
}

/** What is shown below a property's row: its fields, its items' fields, its variants' fields, or another component's. */
function childrenOf(model: ApiModel, node: SchemaNode, at: Omit<Pending, 'node'>, rootName: string): Pending[] {
  const refName = node.refName;
  if (at.depth === 2 && node.truncated && refName && refName !== rootName && model.schemas[refName] !== undefined) {
    // Only the component's top level: its page has the rows and anchors, and deeper ones are its own results.
    const component = buildSchemaView(model, model.schemas[refName], { seenRefs: [schemaRef(refName)], maxDepth: 1, budget: { remaining: 100 } });
    return [{ ...at, node: component, anchor: 'schema', component: { name: refName, slug: node.refSlug ?? model.schemaSlugs[refName] ?? refName } }];
  }
  const children: Pending[] = [];
  if (node.properties.length > 0) children.push({ ...at, node });
  if (node.items) children.push(...childrenOf(model, node.items, { ...at, path: `${at.path}[]`, anchor: `${at.anchor}-items` }, rootName));
  const variants = node.variants;
  variants?.options.forEach((option, index) => children.push(...childrenOf(model, option.node, { ...at, anchor: `${at.anchor}-${variants.kind}-${index}` }, rootName)));
  return children;
}
