import { fieldKey, type FieldDraft } from './build-console-model';
import type { FieldSpec } from './describe-field';
import type { BodyValue, FileRef, FormField, ParameterValue, TryItValues } from '../request/types';

export type FormDraft = Record<string, FieldDraft | FileRef[] | undefined>;

/** The body as the user edits it: text for JSON and raw editors, inputs for forms, a file for binary bodies. */
export type BodyDraft = { mediaType: string; text: string } | { mediaType: string; form: FormDraft } | { mediaType: string; file: FileRef | null };

/** `a=1` lines (or a JSON object) -> a map, for `deepObject` and other object parameters. */
export function parseObjectDraft(text: string): Record<string, string> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
      }
    } catch {
      // Not JSON after all: read it as lines.
    }
  }
  const out: Record<string, string> = {};
  for (const line of trimmed.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

function toParameterValue(spec: FieldSpec, draft: FieldDraft | undefined): ParameterValue | undefined {
  if (draft === undefined) return undefined;
  if (spec.kind === 'object' && typeof draft === 'string') return parseObjectDraft(draft);
  return draft;
}

function toFormFields(specs: FieldSpec[], form: FormDraft): FormField[] {
  const fields: FormField[] = [];
  const known = new Set(specs.map((s) => s.name));
  const names = [...specs.map((s) => s.name), ...Object.keys(form).filter((name) => !known.has(name))];
  for (const name of names) {
    const draft = form[name];
    if (draft === undefined) continue;
    if (Array.isArray(draft)) {
      for (const item of draft) fields.push(typeof item === 'string' ? { name, value: item } : { name, file: item });
    } else {
      fields.push({ name, value: String(draft) });
    }
  }
  return fields;
}

/**
 * The console's drafts as `TryItValues` for buildRequest and validateRequest.
 * @param bodyFields the form fields of the chosen media type, for their order.
 */
export function draftsToValues(parameters: FieldSpec[], drafts: Record<string, FieldDraft | undefined>, body?: BodyDraft, bodyFields: FieldSpec[] = []): TryItValues {
  const values: TryItValues = {};
  for (const spec of parameters) {
    if (spec.location === 'body') continue;
    const value = toParameterValue(spec, drafts[fieldKey(spec.location, spec.name)]);
    if (value === undefined) continue;
    (values[spec.location] ??= {})[spec.name] = value;
  }
  if (body) {
    const value: BodyValue = 'form' in body ? { mediaType: body.mediaType, fields: toFormFields(bodyFields, body.form) } : body;
    values.body = value;
  }
  return values;
}
