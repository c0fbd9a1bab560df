import type { ApiModel, JsonSchema } from '@/lib/openapi/types';
import { buildSchemaView } from '@/lib/reference/build-schema-view';
import type { SchemaNode } from '@/lib/reference/schema-view-types';

/** Where a component schema was shown on the page: as the body itself, or merged into it by `allOf`. */
export interface ShownBody {
  id: string;
  label: string;
  merged: boolean;
}

/** What the sections of one reference page share: the API, and the page's schema node budget. */
export interface ViewContext {
  apiId: string;
  model: ApiModel;
  refDocument?: Record<string, unknown>;
  budget: { remaining: number };
  /** Component schemas already shown as a body (or merged into one) on this page, with where: later bodies point there instead. */
  shownRoots: Map<string, ShownBody>;
}

/**
 * Schema nodes one page may render. Sized so that a DigitalOcean page stays a
 * few hundred kilobytes; what is cut links to its schema page.
 */
export const PAGE_NODE_BUDGET = 300;

export function createViewContext(apiId: string, model: ApiModel, refDocument?: Record<string, unknown>, budget = PAGE_NODE_BUDGET): ViewContext {
  return { apiId, model, refDocument, budget: { remaining: budget }, shownRoots: new Map() };
}

export function viewSchema(ctx: ViewContext, schema: JsonSchema | undefined, seenRefs?: string[]): SchemaNode {
  return buildSchemaView(ctx.model, schema ?? true, { budget: ctx.budget, seenRefs });
}

/** A body's tree that collapses the components earlier bodies on the page already showed. */
export function viewBodySchema(ctx: ViewContext, schema: JsonSchema): SchemaNode {
  return buildSchemaView(ctx.model, schema, { budget: ctx.budget, shownComponents: new Set(ctx.shownRoots.keys()) });
}
