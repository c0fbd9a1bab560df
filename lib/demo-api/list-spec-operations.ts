import { isObject } from '../openapi/pointer';
import { escapePointerToken, followRef } from './resolve-pointer';
import type { SpecDocument, SpecOperation, SpecParameter } from './types';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Lists every operation under `paths` (webhooks and callbacks are not served). */
export function listSpecOperations(doc: SpecDocument): SpecOperation[] {
  const paths = isObject(doc.paths) ? doc.paths : {};
  const docSecurity = Array.isArray(doc.security) ? (doc.security as Record<string, string[]>[]) : [];
  const operations: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const itemPointer = `/paths/${escapePointerToken(path)}`;
    const item = followRef(doc, rawItem, itemPointer).value;
    if (!isObject(item)) continue;
    const shared = readParameters(doc, item.parameters, `${itemPointer}/parameters`);
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const pointer = `${itemPointer}/${method}`;
      const own = readParameters(doc, op.parameters, `${pointer}/parameters`);
      operations.push({
        operationId: typeof op.operationId === 'string' ? op.operationId : `${method} ${path}`,
        method,
        path,
        pointer,
        // Operation-level parameters override path-level ones with the same name and location.
        parameters: [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own],
        requestBody: readRequestBody(doc, op.requestBody, `${pointer}/requestBody`),
        security: Array.isArray(op.security) ? (op.security as Record<string, string[]>[]) : docSecurity,
      });
    }
  }
  return operations;
}

function readParameters(doc: SpecDocument, list: unknown, pointer: string): SpecParameter[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw, index): SpecParameter[] => {
    const { value } = followRef(doc, raw, `${pointer}/${index}`);
    if (!isObject(value) || typeof value.name !== 'string' || typeof value.in !== 'string') return [];
    const location = value.in as SpecParameter['in'];
    const defaultStyle = location === 'query' || location === 'cookie' ? 'form' : 'simple';
    const style = typeof value.style === 'string' ? value.style : defaultStyle;
    return [
      {
        name: value.name,
        in: location,
        required: value.required === true || location === 'path',
        style,
        explode: typeof value.explode === 'boolean' ? value.explode : style === 'form',
        schema: value.schema,
      },
    ];
  });
}

function readRequestBody(doc: SpecDocument, raw: unknown, pointer: string): SpecOperation['requestBody'] {
  if (raw === undefined) return undefined;
  const { value } = followRef(doc, raw, pointer);
  if (!isObject(value) || !isObject(value.content)) return undefined;
  const mediaTypes: Record<string, unknown> = {};
  for (const [mediaType, media] of Object.entries(value.content)) {
    mediaTypes[mediaType.toLowerCase()] = isObject(media) ? media.schema : undefined;
  }
  return { required: value.required === true, mediaTypes };
}
