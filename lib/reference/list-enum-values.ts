import type { EnumValue } from './schema-view-types';

type Obj = Record<string, unknown>;

const DESCRIPTION_KEYS = ['x-enumDescriptions', 'x-enum-descriptions'] as const;

function descriptionsOf(schema: Obj, values: unknown[]): (string | undefined)[] {
  for (const key of DESCRIPTION_KEYS) {
    const raw = schema[key];
    // A list lines up with `enum`; a map is keyed by the value as a string.
    if (Array.isArray(raw)) return values.map((_, i) => (typeof raw[i] === 'string' ? raw[i] : undefined));
    if (typeof raw === 'object' && raw !== null) {
      const map = raw as Obj;
      return values.map((value) => {
        const text = map[String(value)];
        return typeof text === 'string' ? text : undefined;
      });
    }
  }
  return values.map(() => undefined);
}

/**
 * The allowed values with their descriptions (`x-enumDescriptions` as a map
 * or a list). `null` is left out: the viewer shows it as "nullable".
 */
export function listEnumValues(schema: Obj): EnumValue[] | undefined {
  if (!Array.isArray(schema.enum)) return undefined;
  const descriptions = descriptionsOf(schema, schema.enum);
  const values: EnumValue[] = [];
  schema.enum.forEach((value, i) => {
    if (value === null) return;
    const description = descriptions[i];
    values.push(description ? { value, description } : { value });
  });
  return values;
}
