import 'server-only';
import { getApi, oncePerBuild } from './site-data';
import type { LoadedApi } from '@/lib/content/load-api-models';
import type { ApiModel, Operation } from '@/lib/openapi/types';
import { buildApiNav, type ApiNav } from '@/lib/reference/build-api-nav';
import { buildRefDocument } from '@/lib/openapi/ref-document';

/** One API with what its reference pages derive from it, computed once per build worker. */
export interface ReferenceApi {
  id: string;
  title: string;
  loaded: LoadedApi;
  model?: ApiModel;
  nav?: ApiNav;
  /** For openapi-sampler: the model's schemas as one document. */
  refDocument?: Record<string, unknown>;
  operationsBySlug: Map<string, Operation>;
  webhooksBySlug: Map<string, Operation>;
  /** Schema page slug -> schema name (slugs differ from names that are no URL, see schemaSlugs). */
  schemaNamesBySlug: Map<string, string>;
}

async function build(apiId: string): Promise<ReferenceApi | undefined> {
  const loaded = await getApi(apiId);
  if (!loaded) return undefined;
  const model = loaded.model;
  return {
    id: apiId,
    title: loaded.entry.title,
    loaded,
    model,
    nav: model && buildApiNav(model, apiId),
    refDocument: model && buildRefDocument(model),
    operationsBySlug: new Map(model?.operations.map((op) => [op.slug, op])),
    webhooksBySlug: new Map(model?.webhooks.map((op) => [op.slug, op])),
    schemaNamesBySlug: new Map(Object.entries(model?.schemaSlugs ?? {}).map(([name, slug]) => [slug, name])),
  };
}

/** An API's reference data, derived once per build worker. */
export const getReferenceApi = oncePerBuild(build);
