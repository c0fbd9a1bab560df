/** Longest slug kept; long operationIds still give readable URLs. */
const MAX_LENGTH = 80;

/**
 * Lowercase, `[a-z0-9-]`, no leading/trailing/double dashes. With `splitCamel`
 * (used for operationIds) `getPetById` and `get_pet_by_id` both give `get-pet-by-id`;
 * paths are not split, so the slug reads like the URL.
 *
 * @example slugify('sshKeys_list', { splitCamel: true }) // 'ssh-keys-list'
 * @example slugify('get /pets/{petId}') // 'get-pets-petid'
 */
export function slugify(text: string, options: { splitCamel?: boolean } = {}): string {
  const split = options.splitCamel ? text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2') : text;
  const slug = split
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_LENGTH).replace(/-+$/, '');
}

export interface SlugSource {
  operationId?: string;
  method: string;
  path: string;
}

/** `get` + `/pets/{petId}` -> `get-pets-petid`; `get` + `/` -> `get`. */
export function methodPathSlug(method: string, path: string): string {
  return slugify(`${method} ${path}`) || 'operation';
}

/** Makes each base unique: clashes get `-2`, `-3`, ... in list order; `reserved` counts as taken. */
export function uniqueSlugs(bases: readonly string[], reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved);
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}

/**
 * One slug per item, unique within the list and outside `reserved`. An
 * operationId gives the slug only when no other operation shares it; otherwise
 * (or when it slugifies to nothing) method + path is used. Clashes left after
 * that get `-2`, `-3`, ... in document order, so the result depends only on the
 * document.
 */
export function assignSlugs(items: readonly SlugSource[], reserved: readonly string[] = []): string[] {
  return uniqueSlugs(operationSlugBases(items), reserved);
}

/** The slug each operation would have without the `-2`, `-3`, ... that `assignSlugs` adds on a clash. */
export function operationSlugBases(items: readonly SlugSource[]): string[] {
  const idCounts = new Map<string, number>();
  for (const item of items) if (item.operationId) idCounts.set(item.operationId, (idCounts.get(item.operationId) ?? 0) + 1);
  return items.map((item) => {
    const fromId = item.operationId && idCounts.get(item.operationId) === 1 ? slugify(item.operationId, { splitCamel: true }) : '';
    return fromId || methodPathSlug(item.method, item.path);
  });
}

/** Webhook name (`path`) + method -> slug base: the slugged name, plus the method when the webhook has several. */
export function webhookSlugBases(sites: readonly { path: string; method: string }[]): string[] {
  const perName = new Map<string, number>();
  for (const site of sites) perName.set(site.path, (perName.get(site.path) ?? 0) + 1);
  return sites.map((site) => {
    const base = slugify(site.path, { splitCamel: true }) || 'webhook';
    return (perName.get(site.path) ?? 0) > 1 ? `${base}-${site.method}` : base;
  });
}

/** A name usable as-is in a URL and as a folder on any static host: no `.`/`..`, no trailing dot, no separators. */
const SAFE_SEGMENT = /^[A-Za-z0-9_](?:[A-Za-z0-9._-]{0,78}[A-Za-z0-9_-])?$/;

export function isSafeSegment(name: string): boolean {
  return SAFE_SEGMENT.test(name);
}

/**
 * The page slug of each component schema: its name when that is already a safe
 * path segment (so `/schemas/BookId/` keeps working), otherwise a slug of it
 * (`..` or `a/b` would escape or break the export). Unique ignoring case, because
 * `Book` and `book` are one folder on macOS and Windows file systems; later
 * names get `-2`, `-3`, ... in document order.
 */
export function schemaSlugs(names: readonly string[]): Record<string, string> {
  const taken = new Set<string>();
  // fromEntries, not assignment: a schema named `__proto__` must stay an ordinary key.
  return Object.fromEntries(
    names.map((name) => {
      const base = isSafeSegment(name) ? name : slugify(name) || 'schema';
      let slug = base;
      for (let n = 2; taken.has(slug.toLowerCase()); n++) slug = `${base}-${n}`;
      taken.add(slug.toLowerCase());
      return [name, slug];
    }),
  );
}
