import type { ApiModel, MediaType } from '../openapi/types';
import { exampleFor, type SampleKind } from '../samples/sample-from-schema';
import { formatExample } from './format-example';
import { schemaRefName } from './schema-ref-name';

export interface ExampleEntry {
  label: string;
  mediaType: string;
  code: string;
  lang: string;
  /** `spec`: written in the document; `generated`: sampled from the schema. */
  source: 'spec' | 'generated';
  /** Markdown. */
  description?: string;
  /** Lines left out of `code` (examples are cut at MAX_EXAMPLE_LINES). */
  omittedLines?: number;
}

/** Longer examples are cut: the schema above says the rest, and the page stays small. */
export const MAX_EXAMPLE_LINES = 150;

function cut(code: string): { code: string; omittedLines?: number } {
  const lines = code.split('\n');
  if (lines.length <= MAX_EXAMPLE_LINES) return { code };
  return { code: lines.slice(0, MAX_EXAMPLE_LINES).join('\n'), omittedLines: lines.length - MAX_EXAMPLE_LINES };
}

function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

type Refs = Pick<ApiModel, 'schemas' | 'refTargets'>;

/** A long list of examples is cut: a page shows what helps, not every variant. */
const MAX_PER_MEDIA_TYPE = 6;

function rootNameOf(media: MediaType): string {
  const schema = media.schema;
  const ref = typeof schema === 'object' && typeof schema.$ref === 'string' ? schema.$ref : undefined;
  const xml = typeof schema === 'object' && typeof schema.xml === 'object' && schema.xml !== null ? (schema.xml as { name?: unknown }).name : undefined;
  return typeof xml === 'string' ? xml : (schemaRefName(ref) ?? 'root');
}

/**
 * The examples to show for a body: the spec's own (`examples`/`example`), else
 * one generated from the schema with lib/samples; formatted for the media type.
 * @param prefix goes first in each label (e.g. the status code).
 */
export function listExamples(content: readonly MediaType[], model: Refs, kind: SampleKind, options: { prefix?: string; document?: Record<string, unknown> } = {}): ExampleEntry[] {
  const entries: ExampleEntry[] = [];
  for (const media of content) {
    const written = media.examples.filter((example) => example.value !== undefined).slice(0, MAX_PER_MEDIA_TYPE);
    const parts = (name?: string) => [options.prefix, content.length > 1 ? media.mediaType : undefined, name].filter(Boolean).join(' · ');
    if (written.length > 0) {
      for (const example of written) {
        const { code, lang } = formatExample(example.value, media.mediaType, rootNameOf(media));
        const name = written.length > 1 ? (example.summary ?? example.name) : undefined;
        entries.push(omitUndefined({ label: parts(name) || media.mediaType, mediaType: media.mediaType, ...cut(code), lang, source: 'spec' as const, description: example.description }));
      }
      continue;
    }
    const generated = exampleFor(media, model, kind, options.document);
    if (generated.source === 'none') continue;
    const { code, lang } = formatExample(generated.value, media.mediaType, rootNameOf(media));
    entries.push(omitUndefined({ label: parts() || media.mediaType, mediaType: media.mediaType, ...cut(code), lang, source: 'generated' as const }));
  }
  return entries;
}
