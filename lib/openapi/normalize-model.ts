import { assignSlugs, schemaSlugs, slugify, uniqueSlugs, webhookSlugBases } from './assign-slugs';
import { derefObject, entriesOf, textOf, type DocumentContext } from './document-context';
import { specUrlOf } from './drop-unsafe-urls';
import { omitUndefined, schemaOf } from './normalize-content';
import { normalizeOperation, operationsOf, type OperationSite } from './normalize-operation';
import { normalizeSecurity, normalizeSecurityScheme, normalizeServers } from './normalize-security';
import { isObject } from './pointer';
import type { ApiInfo, ApiModel, JsonSchema, Operation, SecurityScheme, SourceVersion, Tag, TagGroup } from './types';

type Obj = Record<string, unknown>;

/** Operation slugs that would shadow the sibling routes `/reference/<api>/{webhooks,schemas,explorer}`. */
export const RESERVED_SLUGS = ['webhooks', 'schemas', 'explorer', 'nav', 'openapi.json', 'openapi.yaml', 'changelog'] as const;

function normalizeInfo(ctx: DocumentContext, raw: unknown): ApiInfo {
  const info = derefObject(ctx, raw) ?? {};
  const contact = isObject(info.contact) ? info.contact : undefined;
  const license = isObject(info.license) ? info.license : undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return omitUndefined({
    title: textOf(ctx, info.title) ?? 'Untitled API',
    version: textOf(ctx, info.version) ?? '',
    summary: textOf(ctx, info.summary),
    description: textOf(ctx, info.description),
    termsOfService: specUrlOf(info.termsOfService, 'link'),
    contact: contact && omitUndefined({ name: str(contact.name), url: specUrlOf(contact.url, 'link'), email: str(contact.email) }),
    license: license && typeof license.name === 'string' ? omitUndefined({ name: license.name, url: specUrlOf(license.url, 'link'), identifier: str(license.identifier) }) : undefined,
  });
}

/** Declared tags first, then tags that operations use without declaring them, in order of first use. */
function normalizeTags(ctx: DocumentContext, raw: unknown, operations: Operation[]): Tag[] {
  const tags: Tag[] = [];
  const known = new Set<string>();
  for (const entry of Array.isArray(raw) ? raw : []) {
    const t = derefObject(ctx, entry);
    if (!t || typeof t.name !== 'string' || known.has(t.name)) continue;
    known.add(t.name);
    const docs = isObject(t.externalDocs) ? t.externalDocs : undefined;
    const docsUrl = docs && specUrlOf(docs.url, 'link');
    tags.push(
      omitUndefined({
        name: t.name,
        displayName: textOf(ctx, t['x-displayName']) ?? t.name,
        description: textOf(ctx, t.description),
        externalDocs: docs && docsUrl !== undefined ? omitUndefined({ url: docsUrl, description: textOf(ctx, docs.description) }) : undefined,
      }),
    );
  }
  for (const op of operations) {
    for (const name of op.tags) {
      if (known.has(name)) continue;
      known.add(name);
      tags.push({ name, displayName: name });
    }
  }
  return tags;
}

function normalizeTagGroups(raw: unknown): TagGroup[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(isObject)
    .filter((g) => typeof g.name === 'string')
    .map((g) => ({ name: g.name as string, tags: Array.isArray(g.tags) ? g.tags.filter((t): t is string => typeof t === 'string') : [] }));
}

function withCallbackSlugs(op: Operation): Operation {
  for (const cb of op.callbacks) {
    for (const inner of cb.operations) inner.slug = `${op.slug}-${slugify(cb.name, { splitCamel: true }) || 'callback'}-${inner.method}`;
  }
  return op;
}

export interface ModelMeta {
  source: SourceVersion;
  specVersion: string;
}

/** Builds the `ApiModel` (without `refTargets`, see `collectRefTargets`) from a prepared 3.1-shaped document. */
export function normalizeModel(doc: Obj, meta: ModelMeta): ApiModel {
  const ctx: DocumentContext = { doc };
  const sites: OperationSite[] = entriesOf(doc.paths).flatMap(([path, item]) => operationsOf(ctx, 'operation', path, item, ['paths', path]));
  const operations = sites.map((site) => normalizeOperation(ctx, site));
  assignSlugs(operations, RESERVED_SLUGS).forEach((slug, i) => withCallbackSlugs(Object.assign(operations[i], { slug })));

  const hookSites: OperationSite[] = entriesOf(doc.webhooks).flatMap(([name, item]) => operationsOf(ctx, 'webhook', name, item, ['webhooks', name]));
  const webhooks = hookSites.map((site) => normalizeOperation(ctx, site));
  uniqueSlugs(webhookSlugBases(hookSites)).forEach((slug, i) => withCallbackSlugs(Object.assign(webhooks[i], { slug })));

  const components = isObject(doc.components) ? doc.components : {};
  const securitySchemes: Record<string, SecurityScheme> = {};
  for (const [name, raw] of entriesOf(components.securitySchemes)) {
    const scheme = normalizeSecurityScheme(ctx, raw);
    if (scheme) securitySchemes[name] = scheme;
  }
  // fromEntries, not assignment: a schema named `__proto__` must stay an ordinary key.
  const schemas: Record<string, JsonSchema> = Object.fromEntries(
    entriesOf(components.schemas).flatMap(([name, raw]) => {
      const schema = schemaOf(raw);
      return schema === undefined ? [] : [[name, schema]];
    }),
  );
  return {
    source: meta.source,
    specVersion: meta.specVersion,
    info: normalizeInfo(ctx, doc.info),
    // OAS 3: "If the servers property is not provided, or is an empty array, the default value would be a Server Object with a url value of /."
    servers: normalizeServers(ctx, doc.servers) ?? [{ url: '/', variables: {} }],
    securitySchemes,
    security: normalizeSecurity(doc.security) ?? [],
    tags: normalizeTags(ctx, doc.tags, [...operations, ...webhooks]),
    tagGroups: normalizeTagGroups(doc['x-tagGroups']),
    operations,
    webhooks,
    schemas,
    schemaSlugs: schemaSlugs(Object.keys(schemas)),
    refTargets: {},
  };
}
