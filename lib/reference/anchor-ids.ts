import { slugify } from '../openapi/assign-slugs';

/** Anchor of a security scheme on the API overview page. */
export function securitySchemeAnchor(name: string): string {
  return `auth-${slugify(name, { splitCamel: true }) || 'scheme'}`;
}

/** A fragment-safe id piece: `application/json` -> `application-json`, `4XX` -> `4xx`. */
export function idPart(text: string): string {
  return slugify(text) || 'x';
}
