import type { ApiModel, Operation } from '../openapi/types';
import { buildConsoleModel, type ConsoleModel } from './build-console-model';
import { buildRefDocument } from '../openapi/ref-document';
import { collectOperationSlice, type OperationSlice } from './collect-operation-slice';

/** What the console needs of one operation: its slice of the spec and the form built from it. */
export interface ConsoleData {
  slice: OperationSlice;
  model: ConsoleModel;
}

/**
 * Console data up to this size travels in the page; above it, in a file of its own fetched when the
 * console opens. The largest operations (GitHub's "Update a repository": 36 KB) otherwise made their
 * page's HTML a sixth bigger for readers who never open the console.
 */
export const CONSOLE_INLINE_MAX_CHARS = 16_000;

export function buildConsoleData(model: ApiModel, operation: Operation): ConsoleData {
  const slice = collectOperationSlice(model, operation);
  return { slice, model: buildConsoleModel(slice.operation, slice.refs, buildRefDocument(slice.refs)) };
}

export function isLargeConsoleData(data: ConsoleData): boolean {
  return JSON.stringify(data).length > CONSOLE_INLINE_MAX_CHARS;
}
