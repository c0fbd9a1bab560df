import { checkSchema } from './check-schema';
import { derefObject, textOf, type DocumentContext } from './document-context';
import { isTitleLike } from './normalize-operation';
import { escapeToken, isObject, toPointer } from './pointer';
import type { PreparedIssue } from './prepare-document';
import { HTTP_METHODS, type SourceVersion } from './types';
import { walkOpenApi } from './walk-openapi';

type Obj = Record<string, unknown>;
const LOCATIONS = ['path', 'query', 'header', 'cookie'];

function allRefs(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) allRefs(v, out);
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') out.add(child);
      else if (typeof child === 'object' && child !== null) allRefs(child, out);
    }
  }
}

function checkTop(doc: Obj, source: SourceVersion, out: PreparedIssue[]): void {
  if (!isObject(doc.info) || typeof doc.info.title !== 'string') {
    out.push({ severity: 'warning', code: 'missing-info', message: 'No info.title', pointer: isObject(doc.info) ? '/info' : '', hint: 'Add `info: { title, version }`.' });
  }
  if (!isObject(doc.paths) && !(source === '3.1.x' && (isObject(doc.webhooks) || isObject(doc.components)))) {
    out.push({ severity: 'warning', code: 'missing-paths', message: 'No "paths" object', pointer: '', hint: 'Add `paths: {}` (OpenAPI 3.0 requires it).' });
  }
}

function checkPathParameters(ctx: DocumentContext, path: string, item: Obj, op: Obj, pointer: string, out: PreparedIssue[]): void {
  const declared = new Set<string>();
  for (const list of [item.parameters, op.parameters]) {
    for (const raw of Array.isArray(list) ? list : []) {
      const p = derefObject(ctx, raw);
      if (p?.in === 'path' && typeof p.name === 'string') declared.add(p.name);
    }
  }
  for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
    if (declared.has(name)) continue;
    out.push({
      severity: 'warning',
      code: 'missing-path-parameter',
      message: `Path parameter "{${name}}" is not described`,
      pointer,
      hint: `Add a parameter with \`name: ${name}\` and \`in: path\` (required) to the operation or its path item.`,
    });
  }
}

/**
 * Structural checks on the prepared (3.1-shaped, bundled) document. Pointers are
 * pointers into that document; the caller maps them back to source files.
 */
export function validateDocument(doc: Obj, source: SourceVersion): PreparedIssue[] {
  const out: PreparedIssue[] = [];
  const ctx: DocumentContext = { doc };
  checkTop(doc, source, out);
  const schemes = isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  const checkSecurity = (value: unknown, tokens: readonly string[]) => {
    (Array.isArray(value) ? value : []).forEach((req, i) => {
      for (const name of Object.keys(isObject(req) ? req : {})) {
        if (name in schemes) continue;
        out.push({ severity: 'warning', code: 'unknown-security-scheme', message: `Security scheme "${name}" is not defined`, pointer: toPointer([...tokens, String(i), name]), hint: 'Define it under components.securitySchemes (securityDefinitions in 2.0).' });
      }
    });
  };
  checkSecurity(doc.security, ['security']);
  const operationIds = new Map<string, string>();

  walkOpenApi(doc, {
    schema: (schema, tokens) => checkSchema(schema, toPointer(tokens), out),
    pathItem: (item, tokens) => {
      if (tokens[0] === 'paths' && tokens.length === 2 && !tokens[1].startsWith('/') && !tokens[1].startsWith('x-')) {
        out.push({ severity: 'warning', code: 'invalid-path', message: `Path "${tokens[1]}" does not start with "/"`, pointer: toPointer(tokens), hint: 'Write paths as `/resource/{id}`.' });
      }
      if (!HTTP_METHODS.some((m) => m in item)) {
        out.push({ severity: 'warning', code: 'empty-path-item', message: 'Path item has no operations', pointer: toPointer(tokens), hint: `Add an operation (${HTTP_METHODS.join(', ')}) or remove the entry.` });
      }
    },
    operation: (op, tokens) => {
      const pointer = toPointer(tokens);
      if (typeof op.operationId === 'string') {
        const first = operationIds.get(op.operationId);
        if (first !== undefined) {
          out.push({ severity: 'warning', code: 'duplicate-operation-id', message: `operationId "${op.operationId}" is also used at ${first}`, pointer: `${pointer}/operationId`, hint: 'operationIds must be unique; both pages get method + path slugs until fixed.' });
        } else {
          operationIds.set(op.operationId, pointer);
        }
      }
      // 3.1 made `responses` optional; 2.0 and 3.0 require it.
      if (source !== '3.1.x' && (!isObject(op.responses) || Object.keys(op.responses).length === 0)) {
        out.push({ severity: 'warning', code: 'missing-responses', message: 'Operation has no responses', pointer, hint: 'Describe at least one response, e.g. `200`.' });
      }
      const isPage = (tokens[0] === 'paths' || tokens[0] === 'webhooks') && tokens.length === 3;
      if (isPage && op.summary === undefined && op.description === undefined) {
        out.push({ severity: 'warning', code: 'missing-description', message: 'Operation has neither summary nor description', pointer, hint: 'Add a `summary`: it becomes the page title.' });
      }
      if (typeof op.summary === 'string' && !isTitleLike(op.summary)) {
        const why = op.summary.trim().includes('\n') ? 'has line breaks' : `is ${op.summary.trim().length} characters long`;
        out.push({ severity: 'warning', code: 'long-summary', message: `Summary ${why}; it is shown as the description instead`, pointer: `${pointer}/summary`, hint: 'Keep `summary` to one short line (the page title and sidebar label); put the rest in `description`.' });
      }
      checkSecurity(op.security, [...tokens, 'security']);
      const item = isPage && tokens[0] === 'paths' ? derefObject(ctx, (doc.paths as Obj)[tokens[1]]) : undefined;
      if (item) checkPathParameters(ctx, tokens[1], item, op, pointer, out);
    },
    parameter: (p, tokens) => {
      if (typeof p.name === 'string' && typeof p.in === 'string' && LOCATIONS.includes(p.in)) return;
      out.push({ severity: 'warning', code: 'invalid-parameter', message: 'Parameter needs a "name" and an "in" of path, query, header or cookie; it is left out', pointer: toPointer(tokens), hint: 'Give the parameter both `name` and `in`.' });
    },
    response: (r, tokens) => {
      if (textOf(ctx, r.description) !== undefined) return;
      out.push({ severity: 'warning', code: 'missing-description', message: 'Response has no description', pointer: toPointer(tokens), hint: 'Responses require a `description`.' });
    },
  });

  const refs = new Set<string>();
  allRefs(doc, refs);
  const used = new Set([...refs].filter((r) => r.startsWith('#/components/schemas/')).map((r) => r.split('/')[3]));
  const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  for (const name of Object.keys(schemas)) {
    if (used.has(escapeToken(name)) || used.has(encodeURIComponent(name))) continue;
    out.push({ severity: 'warning', code: 'unused-component', message: `Schema "${name}" is never referenced`, pointer: toPointer(['components', 'schemas', name]), hint: 'Remove it, or reference it from an operation (it still gets a schema page).' });
  }
  return out;
}
