type Obj = Record<string, unknown>;

const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

function range(min: number | undefined, max: number | undefined, unit: string): string | undefined {
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min} ${unit}` : `${min} to ${max} ${unit}`;
  if (min !== undefined) return `at least ${min} ${unit}`;
  if (max !== undefined) return `at most ${max} ${unit}`;
  return undefined;
}

/**
 * The validation keywords of one schema as short phrases, in a stable order.
 * Expects 3.1 semantics (numeric exclusive bounds), but also reads 3.0's boolean ones.
 *
 * @example listConstraints({ minLength: 1, maxLength: 100, pattern: '^a' }) // ['1 to 100 characters', 'pattern ^a']
 */
export function listConstraints(schema: Obj): string[] {
  const out: string[] = [];
  const exclusiveMin = schema.exclusiveMinimum === true ? num(schema.minimum) : num(schema.exclusiveMinimum);
  const exclusiveMax = schema.exclusiveMaximum === true ? num(schema.maximum) : num(schema.exclusiveMaximum);
  const min = schema.exclusiveMinimum === true ? undefined : num(schema.minimum);
  const max = schema.exclusiveMaximum === true ? undefined : num(schema.maximum);
  if (min !== undefined) out.push(`>= ${min}`);
  if (exclusiveMin !== undefined) out.push(`> ${exclusiveMin}`);
  if (max !== undefined) out.push(`<= ${max}`);
  if (exclusiveMax !== undefined) out.push(`< ${exclusiveMax}`);
  if (num(schema.multipleOf) !== undefined) out.push(`multiple of ${schema.multipleOf}`);
  const length = range(num(schema.minLength), num(schema.maxLength), 'characters');
  if (length) out.push(length);
  if (typeof schema.pattern === 'string') out.push(`pattern ${schema.pattern}`);
  const items = range(num(schema.minItems), num(schema.maxItems), 'items');
  if (items) out.push(items);
  if (schema.uniqueItems === true) out.push('unique items');
  const props = range(num(schema.minProperties), num(schema.maxProperties), 'properties');
  if (props) out.push(props);
  if (typeof schema.contentMediaType === 'string') out.push(`media type ${schema.contentMediaType}`);
  if (typeof schema.contentEncoding === 'string') out.push(`encoding ${schema.contentEncoding}`);
  return out;
}
