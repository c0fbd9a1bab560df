import type { ApiModel, JsonSchema } from '@/lib/openapi/types';
import { buildSchemaView } from '@/lib/reference/build-schema-view';
import type { SchemaNode } from '@/lib/reference/schema-view-types';

/** What the sections of one reference page share: the API, and the page's schema node budget. */
export interface ViewContext {
  apiId: string;
  model: ApiModel;
  refDocument?: Record<string, unknown>;
  budget: { remaining: number };
  /** Component schemas already shown as a body on this page, with where: later bodies point there instead. */
  shownRoots: Map<string, { id: string; label: string }>;
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
