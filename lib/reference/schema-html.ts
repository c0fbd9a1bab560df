/**
 * The schema viewer as HTML text, built from the view model (schema-view-types.ts).
 *
 * Schema trees are the bulk of a reference page. As React elements they were serialized
 * twice per page (the HTML and the RSC payload that repeats it for hydration), which made
 * them most of the build time of a big spec; nothing in them needs React (expanding is
 * `<details>`), so they are built here as hast and handed to React as one string.
 * hast-util-to-html escapes every text and attribute, so spec text stays text.
 */
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { idPart } from './anchor-ids';
import { schemaHref } from '../site/hrefs';
import { hasChildren, type SchemaNode, type SchemaVariants } from './schema-view-types';

export interface SchemaHtmlOptions {
  apiId: string;
  /** Prefixed to links: these are plain anchors, which Next's basePath does not reach. */
  basePath: string;
  /** A spec's Markdown as sanitized HTML (see lib/markdown/render-markdown.ts). */
  markdown: (source: string) => string;
}

/** One named field (property, parameter, header). */
export interface SchemaFieldInput {
  name: string;
  required: boolean;
  node: SchemaNode;
  id: string;
  /** A parameter's own description wins over its schema's. */
  description?: string;
  extraExamples?: unknown[];
  /** Marked after the name, e.g. a deprecated parameter. */
  deprecated?: boolean;
}

type Child = ElementContent | null;

const present = (children: (Child | Child[])[]): ElementContent[] => children.flat().filter((child): child is ElementContent => child !== null);

/** Already-sanitized HTML, passed through as is (`allowDangerousHtml` below). */
function raw(html: string): ElementContent {
  return { type: 'raw', value: html } as unknown as ElementContent;
}

function markdownBlock(source: string | undefined, o: SchemaHtmlOptions, className?: string): Child {
  if (!source?.trim()) return null;
  const html = o.markdown(source);
  if (!html) return null;
  return h('div', { className: className ? ['markdown', className] : ['markdown'] }, [raw(html)]);
}

/** A short literal (enum value, default, example) as inline code; long ones are cut. */
function jsonValue(value: unknown, max = 120): Element {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return h('code.json-value', text.length > max ? `${text.slice(0, max)}…` : text);
}

function schemaLink(node: SchemaNode, o: SchemaHtmlOptions, className?: string): Element {
  return h('a', { className, href: `${o.basePath}${schemaHref(o.apiId, node.refSlug ?? node.refName!)}` }, node.refName!);
}

/** `object · Book · nullable · read-only`: the type label, a link to its component, and flags. */
function typeLine(node: SchemaNode, o: SchemaHtmlOptions): Element {
  const showRef = node.refName && !node.typeLabel.includes(`<${node.refName}>`);
  return h(
    'span.schema-type',
    present([
      h('span.type-label', node.typeLabel),
      showRef ? schemaLink(node, o, 'type-ref') : null,
      node.nullable ? h('span.flag', 'nullable') : null,
      node.readOnly ? h('span.flag', 'read-only') : null,
      node.writeOnly ? h('span.flag', 'write-only') : null,
      node.deprecated ? h('span.flag.flag-deprecated', 'deprecated') : null,
    ]),
  );
}

function factName(text: string): Element {
  return h('span.fact-name', text);
}

/** Constraints, allowed values, default and examples of one node. */
function facts(node: SchemaNode, o: SchemaHtmlOptions, extraExamples: unknown[] = []): Child[] {
  const examples = [...extraExamples, ...node.examples].slice(0, 3);
  const values = node.enumValues ?? [];
  const listed = node.constraints.length > 0 || node.defaultValue || node.constValue;
  return [
    listed
      ? h(
          'ul.schema-facts',
          present([
            node.constValue ? h('li', [factName('Value'), ' ', jsonValue(node.constValue.value)]) : null,
            node.defaultValue ? h('li', [factName('Default'), ' ', jsonValue(node.defaultValue.value)]) : null,
            node.constraints.map((text) => h('li.constraint', text)),
          ]),
        )
      : null,
    values.length > 0
      ? h('div.schema-enum', [
          factName('Allowed values'),
          values.some((entry) => entry.description)
            ? h(
                'dl',
                values.map((entry) => h('div', [h('dt', [jsonValue(entry.value)]), h('dd', present([markdownBlock(entry.description, o)]))])),
              )
            : h(
                'span.enum-values',
                present([values.slice(0, 50).map((entry) => jsonValue(entry.value)), values.length > 50 ? h('span', ` and ${values.length - 50} more`) : null]),
              ),
        ])
      : null,
    examples.length > 0 ? h('div.schema-examples', [factName(examples.length > 1 ? 'Examples' : 'Example'), ...examples.map((value) => jsonValue(value))]) : null,
  ];
}

/** Where the tree stops: a recursive reference or a level not expanded here, with a link to the full schema. */
function stop(node: SchemaNode, o: SchemaHtmlOptions): Child {
  if (!node.recursive && !node.truncated) return null;
  const link = node.refName ? schemaLink(node, o) : null;
  if (node.recursive) {
    return h('p.schema-stop', link ? ['Recursive: refers back to ', link, '.'] : ['Recursive: refers back to a parent schema.']);
  }
  if (!link) return h('p.schema-stop', ['Nested too deeply to show here.']);
  // Opened, it shows the link (no JavaScript needed); components/reference/lazy-schema-refs fills in the tree from the schema's page.
  return h('details.schema-ref', { dataSchemaRef: `${o.basePath}${schemaHref(o.apiId, node.refSlug ?? node.refName!)}` }, [
    h('summary', ['Fields of ', h('span.schema-ref-name', node.refName!)]),
    h('div.schema-ref-body', [h('p.schema-stop', ['Open the ', link, ' schema.'])]),
  ]);
}

const countProperties = (count: number) => `${count} ${count === 1 ? 'property' : 'properties'}`;

/** The label of a collapsed group of nested fields. */
export function childSummary(node: SchemaNode): string {
  if (node.variants) return `${node.variants.kind === 'oneOf' ? 'One of' : 'Any of'} ${node.variants.options.length} variants`;
  const target = node.properties.length === 0 && node.items && hasChildren(node.items) ? node.items : node;
  const count = target.properties.length + target.patternProperties.length + (target.additionalProperties?.kind === 'schema' ? 1 : 0);
  if (target.variants) return `Items: ${target.variants.kind === 'oneOf' ? 'one of' : 'any of'} ${target.variants.options.length} variants`;
  if (target !== node) return `Items: ${countProperties(count)}`;
  return count > 0 ? countProperties(count) : 'Details';
}

/** What a flat array's items allow (enum, constraints), or where a recursive item type stops. */
function itemFacts(items: SchemaNode, o: SchemaHtmlOptions): Child {
  const hasFacts = items.enumValues || items.constraints.length > 0 || items.examples.length > 0;
  if (!hasFacts && !items.recursive && !items.truncated) return null;
  return h('div.schema-items', present([hasFacts ? factName('Items') : null, hasFacts ? facts(items, o) : null, stop(items, o)]));
}

function field(input: SchemaFieldInput, o: SchemaHtmlOptions): Element {
  const { name, required, node, id, deprecated } = input;
  return h(
    'li.schema-prop',
    { id },
    present([
      h('div.prop-head', [
        h('code', { className: deprecated || node.deprecated ? ['prop-name', 'prop-deprecated'] : ['prop-name'] }, name),
        h('a.anchor-link', { href: `#${id}`, ariaHidden: 'true', tabIndex: -1 }, '#'),
        typeLine(node, o),
        ...present([deprecated && !node.deprecated ? h('span.flag.flag-deprecated', 'deprecated') : null, required ? h('span.required', 'required') : null]),
      ]),
      markdownBlock(input.description ?? node.description, o, 'prop-description'),
      facts(node, o, input.extraExamples),
      stop(node, o),
      node.items && !hasChildren(node.items) ? itemFacts(node.items, o) : null,
      hasChildren(node) ? h('details.schema-nested', [h('summary', childSummary(node)), children(node, id, o)]) : null,
    ]),
  );
}

function note(text: string): Element {
  return h('li.schema-prop.schema-note', text);
}

/** The nested fields of a node: properties, pattern and additional properties, array items, variants. */
function children(node: SchemaNode, idPrefix: string, o: SchemaHtmlOptions): Element {
  const items = node.items;
  const showItems = items && (hasChildren(items) || items.recursive || items.truncated);
  const extra = node.additionalProperties;
  const hasProps = node.properties.length > 0 || node.patternProperties.length > 0 || extra;
  return h(
    'div.schema-children',
    present([
      hasProps
        ? h(
            'ul.schema-props',
            present([
              node.properties.map((prop) => field({ ...prop, id: `${idPrefix}-${idPart(prop.name)}` }, o)),
              node.patternProperties.map((entry, index) => field({ name: `/${entry.pattern}/`, required: false, node: entry.node, id: `${idPrefix}-pattern-${index}` }, o)),
              extra?.kind === 'schema' ? field({ name: '[any key]', required: false, node: extra.node, id: `${idPrefix}-additional` }, o) : null,
              extra?.kind === 'any' ? note('Other properties are allowed.') : null,
              extra?.kind === 'none' ? note('No other properties are allowed.') : null,
            ]),
          )
        : null,
      showItems
        ? h(
            'div.schema-items',
            present([
              h('div.schema-items-head', ['Items ', typeLine(items, o)]),
              stop(items, o),
              hasChildren(items) ? children(items, `${idPrefix}-items`, o) : null,
            ]),
          )
        : null,
      node.variants ? variantsView(node.variants, idPrefix, o) : null,
    ]),
  );
}

/** The head, text, facts and fields of a whole schema (a body, a component, a variant). */
function nodeBody(node: SchemaNode, idPrefix: string, o: SchemaHtmlOptions, showDescription: boolean): ElementContent[] {
  return present([
    h('div.schema-root-head', [typeLine(node, o)]),
    showDescription ? markdownBlock(node.description, o) : null,
    facts(node, o),
    stop(node, o),
    ...(node.sharedMembers ?? []).map((member) => stop(member, o)),
    hasChildren(node) ? children(node, idPrefix, o) : null,
  ]);
}

/**
 * `oneOf`/`anyOf` as an exclusive accordion of <details> (one open at a time where
 * the browser supports `name`), so a reader picks a variant without JavaScript.
 */
function variantsView(variants: SchemaVariants, idPrefix: string, o: SchemaHtmlOptions): Element {
  const group = `${idPrefix}-${variants.kind}`;
  const intro = `${variants.kind === 'oneOf' ? 'Exactly one of' : 'One or more of'} these ${variants.options.length} variants`;
  return h('div.schema-variants', [
    h('p.variants-intro', variants.discriminator ? [intro, ', selected by ', h('code', variants.discriminator), ':'] : [`${intro}:`]),
    ...variants.options.map((option, index) => {
      const id = `${group}-${index}`;
      const when =
        option.discriminatorValues.length > 0 ? h('span.variant-when', [`${variants.discriminator} = `, ...option.discriminatorValues.map((value) => jsonValue(value))]) : null;
      return h('details.schema-variant', { id, name: group, open: index === 0 }, [
        h('summary', present([h('span.variant-label', option.label), when])),
        h('div.variant-body', nodeBody(option.node, id, o, true)),
      ]);
    }),
  ]);
}

const render = (nodes: ElementContent[]) => toHtml(nodes, { allowDangerousHtml: true });

/** The inside of a `.schema-view`: a whole schema and its tree of fields. */
export function schemaViewHtml(node: SchemaNode, idPrefix: string, o: SchemaHtmlOptions, showDescription = true): string {
  return render(nodeBody(node, idPrefix, o, showDescription));
}

/** `<li>` rows for a `ul.schema-props` of parameters or headers. */
export function schemaFieldsHtml(fields: SchemaFieldInput[], o: SchemaHtmlOptions): string {
  return render(fields.map((input) => field(input, o)));
}
