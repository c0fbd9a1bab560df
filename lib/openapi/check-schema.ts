import type { PreparedIssue } from './prepare-document';

type Obj = Record<string, unknown>;

export const SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'array', 'object', 'null'] as const;

/** Formats from JSON Schema 2020-12, the OpenAPI format registry and ones common in real specs. */
const KNOWN_FORMATS = new Set([
  'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64', 'float', 'double', 'decimal', 'decimal128',
  'byte', 'binary', 'base64', 'base64url', 'date', 'date-time', 'time', 'duration', 'password', 'email', 'idn-email',
  'hostname', 'idn-hostname', 'ipv4', 'ipv6', 'uri', 'uri-reference', 'iri', 'iri-reference', 'uri-template', 'url',
  'uuid', 'json-pointer', 'relative-json-pointer', 'regex', 'char', 'commonmark', 'html', 'media-range', 'sf-binary',
  'sf-boolean', 'sf-decimal', 'sf-integer', 'sf-string', 'sf-token', 'http-date', 'unixtime', 'timestamp', 'ip', 'cidr',
  'mac', 'phone', 'currency', 'country', 'language', 'markdown', 'json', 'string', 'integer', 'number', 'hex', 'color',
]);

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

function closestType(value: string): string | undefined {
  const lower = value.toLowerCase();
  const best = [...SCHEMA_TYPES].sort((x, y) => distance(lower, x) - distance(lower, y))[0];
  return distance(lower, best) <= 3 ? best : undefined;
}

/**
 * Checks one schema object. An invalid `type` is an error: the document breaks the
 * OpenAPI/JSON Schema spec, and every view of that schema (docs, examples, the
 * try-it form) would silently be wrong. An unknown `format` is only a warning:
 * formats are an open set.
 */
export function checkSchema(schema: Obj, pointer: string, out: PreparedIssue[]): void {
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
  for (const [i, type] of types.entries()) {
    if (typeof type === 'string' && (SCHEMA_TYPES as readonly string[]).includes(type)) continue;
    const guess = typeof type === 'string' ? closestType(type) : undefined;
    out.push({
      severity: 'error',
      code: 'invalid-schema-type',
      message: `Invalid schema type ${JSON.stringify(type)}`,
      pointer: `${pointer}/type${Array.isArray(schema.type) ? `/${i}` : ''}`,
      hint: `${guess ? `Did you mean "${guess}"? ` : ''}Valid types: ${SCHEMA_TYPES.join(', ')}.`,
    });
  }
  if (typeof schema.format === 'string' && !KNOWN_FORMATS.has(schema.format.toLowerCase())) {
    out.push({
      severity: 'warning',
      code: 'unknown-format',
      message: `Unknown format "${schema.format}"`,
      pointer: `${pointer}/format`,
      hint: 'Tools may ignore it; use a registered format (e.g. date-time, uuid, int64) if one fits.',
    });
  }
}
