function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Element names must start with a letter or `_` and hold no spaces or markup. */
function elementName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

function render(value: unknown, name: string, indent: string): string {
  const tag = elementName(name);
  if (Array.isArray(value)) return value.map((item) => render(item, name, indent)).join('\n');
  if (value !== null && typeof value === 'object') {
    const children = Object.entries(value).map(([key, child]) => render(child, key, `${indent}  `));
    return children.length === 0 ? `${indent}<${tag}/>` : `${indent}<${tag}>\n${children.join('\n')}\n${indent}</${tag}>`;
  }
  if (value === null || value === undefined) return `${indent}<${tag}/>`;
  return `${indent}<${tag}>${escapeXml(String(value))}</${tag}>`;
}

/**
 * A plain value as an XML document for examples of XML media types: objects
 * become elements, arrays repeat their element. (OpenAPI's `xml` hints such as
 * attributes and wrapping are not applied.)
 *
 * @example toXml({ id: 1, tags: ['a', 'b'] }, 'Pet') // '<Pet>\n  <id>1</id>\n  <tags>a</tags>\n  <tags>b</tags>\n</Pet>'
 */
export function toXml(value: unknown, rootName: string): string {
  // A document has one root: a top-level array is wrapped, its entries named `item`.
  const body = Array.isArray(value) ? render({ item: value }, rootName, '') : render(value, rootName, '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}
