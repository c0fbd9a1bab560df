/**
 * The schema viewer's view model: plain data built from a schema and the model
 * by `buildSchemaView`, rendered by components/reference/schema-*.tsx. No UI
 * state lives here; "expanded" is the reader's, in the <details> elements.
 */

export interface EnumValue {
  value: unknown;
  /** Markdown, from `x-enumDescriptions` (map or list). */
  description?: string;
}

export type AdditionalProperties = { kind: 'any' } | { kind: 'none' } | { kind: 'schema'; node: SchemaNode };

export interface SchemaProperty {
  name: string;
  required: boolean;
  node: SchemaNode;
}

export interface SchemaVariant {
  /** The component name, the title, or the type: what a reader picks from. */
  label: string;
  /** Values of the discriminator property that select this variant. */
  discriminatorValues: string[];
  node: SchemaNode;
}

export interface SchemaVariants {
  kind: 'oneOf' | 'anyOf';
  /** `discriminator.propertyName`, when the union has one. */
  discriminator?: string;
  options: SchemaVariant[];
}

export interface SchemaNode {
  /** `object`, `string<date-time>`, `array<Book>`, `integer | string`, `any`. */
  typeLabel: string;
  /** The component schema this node is (`#/components/schemas/<refName>`): linkable. */
  refName?: string;
  /** The page slug of `refName` (see `schemaSlugs`), when the model knows it. */
  refSlug?: string;
  title?: string;
  /** Markdown. */
  description?: string;
  nullable: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  deprecated: boolean;
  /** Human-readable: `>= 1`, `1 to 100 characters`, `pattern ^[a-z]+$`, `unique items`. */
  constraints: string[];
  /** Present when the schema has a `default` (which may be `null`). */
  defaultValue?: { value: unknown };
  constValue?: { value: unknown };
  examples: unknown[];
  enumValues?: EnumValue[];
  properties: SchemaProperty[];
  patternProperties: { pattern: string; node: SchemaNode }[];
  additionalProperties?: AdditionalProperties;
  items?: SchemaNode;
  variants?: SchemaVariants;
  /** The schema refers back to one of its ancestors (`refName`): show a link, not a subtree. */
  recursive: boolean;
  /** Not expanded (depth or page budget reached); link to `refName` when there is one. */
  truncated: boolean;
  /** The components this node's `allOf` merged in (its fields include theirs). */
  allOfNames?: string[];
  /** `allOf` members already shown on the page: collapsed (truncated nodes), their fields not repeated. */
  sharedMembers?: SchemaNode[];
}

export interface SchemaViewOptions {
  /** Nesting levels expanded below the root. @default 6 */
  maxDepth?: number;
  /**
   * Nodes left to build, shared by every view on one page so that a page of a
   * huge spec stays small; decremented as nodes are built.
   */
  budget?: { remaining: number };
  /** Refs treated as already open (e.g. the component a schema page shows), so they come back as recursive. */
  seenRefs?: string[];
  /**
   * Show component schemas below the root as one collapsed line linking their
   * page (loaded on demand), not expanded inline: on specs whose entities refer
   * to each other, inlining them multiplied every page's size. @default true
   */
  collapseRefs?: boolean;
  /**
   * Components already shown on the page. A root that extends one of them
   * (`allOf`) shows it collapsed instead of repeating its fields, so that a
   * page never expands the same component twice.
   */
  shownComponents?: ReadonlySet<string>;
}

export function hasChildren(node: SchemaNode): boolean {
  return (
    node.properties.length > 0 ||
    node.patternProperties.length > 0 ||
    node.additionalProperties?.kind === 'schema' ||
    node.variants !== undefined ||
    (node.items !== undefined && hasChildren(node.items))
  );
}
