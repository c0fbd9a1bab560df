import { escapeToken, isObject, toPointer } from './pointer';
import { upgradeSchema } from './upgrade-schema';
import { walkOpenApi } from './walk-openapi';
import type { SourceVersion } from './types';

type Obj = Record<string, unknown>;

export interface PreparedIssue {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  pointer: string;
  hint?: string;
}

export type Prepared =
  | { ok: true; doc: Obj; source: SourceVersion; specVersion: string; issues: PreparedIssue[] }
  | { ok: false; issues: PreparedIssue[] };

function detectVersion(doc: unknown): { source: SourceVersion; specVersion: string } | PreparedIssue {
  const notOpenApi: PreparedIssue = {
    severity: 'error',
    code: 'not-openapi',
    message: 'Not an OpenAPI document: no "openapi" or "swagger" version field at the top level',
    pointer: '',
    hint: 'Start the document with `openapi: 3.1.0` (or 3.0.x), or `swagger: "2.0"`.',
  };
  if (!isObject(doc)) return notOpenApi;
  const version = doc.openapi ?? doc.swagger;
  if (version === undefined) return notOpenApi;
  const text = String(version);
  if (doc.swagger !== undefined && /^2\.0(\.\d+)?$/.test(text)) return { source: '2.0', specVersion: text };
  if (doc.openapi !== undefined && /^3\.0\.\d+/.test(text)) return { source: '3.0.x', specVersion: text };
  if (doc.openapi !== undefined && /^3\.1\.\d+/.test(text)) return { source: '3.1.x', specVersion: text };
  return {
    severity: 'error',
    code: 'unsupported-version',
    message: `Unsupported version "${text}" (${doc.openapi !== undefined ? 'openapi' : 'swagger'})`,
    pointer: doc.openapi !== undefined ? '/openapi' : '/swagger',
    hint: 'Portico reads Swagger 2.0 and OpenAPI 3.0.x / 3.1.x. A version must be a string: quote it (`"3.0.3"`).',
  };
}

function collectRefs(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) collectRefs(v, out);
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') out.add(child);
      else if (typeof child === 'object' && child !== null) collectRefs(child, out);
    }
  }
  return out;
}

/** swagger2openapi (warnOnly) leaves its complaints inline; lift them out as warnings. */
function liftConverterWarnings(value: unknown, pointer: string, out: PreparedIssue[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => liftConverterWarnings(v, `${pointer}/${i}`, out));
  if (!isObject(value)) return;
  if (typeof value['x-s2o-warning'] === 'string') {
    out.push({ severity: 'warning', code: 'conversion', message: value['x-s2o-warning'], pointer });
    delete value['x-s2o-warning'];
  }
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'object' && child !== null) liftConverterWarnings(child, `${pointer}/${escapeToken(key)}`, out);
  }
}

/**
 * Detects the version of a bundled document and returns an OpenAPI 3.1-shaped
 * copy: 2.0 is converted with swagger2openapi, 3.0 schemas are upgraded in place
 * on a clone. The input is not modified.
 */
export async function prepareDocument(bundled: unknown): Promise<Prepared> {
  const detected = detectVersion(bundled);
  if ('code' in detected) return { ok: false, issues: [detected] };
  const issues: PreparedIssue[] = [];
  let doc: Obj;
  if (detected.source === '2.0') {
    try {
      // Loaded on demand: its dependency tree is large, and most documents are 3.x.
      const { convertObj } = await import('swagger2openapi');
      const converted = await convertObj(structuredClone(bundled), { patch: true, warnOnly: true, text: '{}' });
      doc = converted.openapi;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        issues: [{ severity: 'error', code: 'conversion-failed', message: `Swagger 2.0 conversion failed: ${message}`, pointer: '', hint: 'Validate the document against the Swagger 2.0 schema.' }],
      };
    }
    liftConverterWarnings(doc, '', issues);
  } else {
    doc = structuredClone(bundled) as Obj;
  }
  if (detected.source !== '3.1.x') {
    // 3.0 has no webhooks; `x-webhooks` (Redocly's convention, used by GitHub) has the 3.1 shape.
    if (isObject(doc['x-webhooks']) && doc.webhooks === undefined) {
      doc.webhooks = doc['x-webhooks'];
      delete doc['x-webhooks'];
    }
    const exampleRefs = [...collectRefs(doc)].filter((ref) => ref.includes('/example'));
    walkOpenApi(doc, {
      schema: (schema, tokens) => {
        const at = `#${toPointer(tokens)}/example`;
        upgradeSchema(schema, { keepExample: exampleRefs.some((ref) => ref === at || ref.startsWith(`${at}/`)) });
      },
    });
  }
  return { ok: true, doc, source: detected.source, specVersion: detected.specVersion, issues };
}
