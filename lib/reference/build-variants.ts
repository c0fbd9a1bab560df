import type { JsonSchema } from '../openapi/types';
import { schemaRefName } from './schema-ref-name';
import type { SchemaNode, SchemaVariants } from './schema-view-types';
import { isObject } from '../openapi/pointer';

type Obj = Record<string, unknown>;

/** Mapping values may be refs or bare component names (OAS 3.x). */
function mappingRef(value: string): string {
  return value.startsWith('#') ? value : `#/components/schemas/${value}`;
}

function discriminatorOf(schema: Obj): { propertyName: string; mapping: [string, string][] } | undefined {
  const d = schema.discriminator;
  if (!isObject(d) || typeof d.propertyName !== 'string') return undefined;
  const mapping = isObject(d.mapping) ? Object.entries(d.mapping).filter((e): e is [string, string] => typeof e[1] === 'string') : [];
  return { propertyName: d.propertyName, mapping: mapping.map(([value, ref]) => [value, mappingRef(ref)]) };
}

/**
 * `oneOf`/`anyOf` as a list of variants a reader picks from, each labelled and
 * tagged with the discriminator values that select it (the explicit mapping,
 * else the component name, as OAS defines). A discriminator with a mapping but
 * no union (the 3.0 "base schema" style) lists the mapped schemas.
 * `build` turns one option into a node (the caller controls depth and budget).
 */
export function buildVariants(schema: Obj, build: (option: JsonSchema) => SchemaNode): SchemaVariants | undefined {
  const discriminator = discriminatorOf(schema);
  const kind = Array.isArray(schema.oneOf) ? 'oneOf' : Array.isArray(schema.anyOf) ? 'anyOf' : undefined;
  let options: JsonSchema[];
  if (kind) options = (schema[kind] as unknown[]).filter((o): o is JsonSchema => typeof o === 'boolean' || isObject(o));
  else if (discriminator && discriminator.mapping.length > 0) options = [...new Set(discriminator.mapping.map(([, ref]) => ref))].map(($ref) => ({ $ref }));
  else return undefined;
  if (options.length === 0) return undefined;

  const variants = options.map((option, index) => {
    const ref = isObject(option) && typeof option.$ref === 'string' ? option.$ref : undefined;
    const node = build(option);
    const mapped = discriminator && ref ? discriminator.mapping.filter(([, target]) => target === ref).map(([value]) => value) : [];
    const implicit = discriminator && ref && mapped.length === 0 && discriminator.mapping.length === 0 ? [schemaRefName(ref)].filter((v): v is string => Boolean(v)) : [];
    const label = node.refName ?? node.title ?? (node.typeLabel && node.typeLabel !== 'any' ? node.typeLabel : `Option ${index + 1}`);
    return { label, discriminatorValues: [...mapped, ...implicit], node };
  });
  return { kind: kind ?? 'oneOf', discriminator: discriminator?.propertyName, options: variants };
}
