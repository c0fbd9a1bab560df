import { stringify as toYaml } from 'yaml';
import { toXml } from './to-xml';

export interface FormattedExample {
  code: string;
  /** A shiki language id. */
  lang: string;
}

/** Media types whose bodies are JSON: `application/json`, `application/problem+json`, `*\/*` with JSON values. */
export function isJsonMediaType(mediaType: string): boolean {
  const type = mediaType.toLowerCase().split(';')[0].trim();
  return type === 'application/json' || type.endsWith('+json') || type.endsWith('/json') || type === '*/*';
}

/**
 * An example value as text in the notation its media type calls for: JSON
 * (also the fallback), YAML, XML, or plain text for strings in text types.
 * @param rootName the XML root element (the schema's `xml.name` or component name).
 */
export function formatExample(value: unknown, mediaType: string, rootName = 'root'): FormattedExample {
  const type = mediaType.toLowerCase();
  if (typeof value === 'string' && !isJsonMediaType(type)) return { code: value, lang: type.includes('xml') ? 'xml' : type.includes('yaml') ? 'yaml' : 'text' };
  if (type.includes('yaml')) return { code: toYaml(value).trimEnd(), lang: 'yaml' };
  if (type.includes('xml')) return { code: toXml(value, rootName), lang: 'xml' };
  return { code: JSON.stringify(value, null, 2) ?? 'null', lang: 'json' };
}
