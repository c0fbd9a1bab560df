import { sample } from 'openapi-sampler';
import type { JsonSchema, MediaType } from '../openapi/types';
import { buildRefDocument } from '../tryit/build-ref-document';
import type { SchemaRefs } from '../tryit/types';

export type SampleKind = 'request' | 'response';

export interface SampleOptions {
  kind: SampleKind;
  /**
   * How deep recursive schemas are expanded before they stop.
   * @default 6
   */
  maxDepth?: number;
  /** A document from `buildRefDocument(model)`, to reuse across many calls on one model. */
  document?: Record<string, unknown>;
}

/**
 * An example value generated from a JSON schema with openapi-sampler: refs
 * resolve against the model, readOnly properties are left out of requests and
 * writeOnly ones out of responses, and recursion is cut at `maxDepth`.
 * Returns `undefined` when the schema yields nothing.
 */
export function sampleFromSchema(schema: JsonSchema, model: SchemaRefs, options: SampleOptions): unknown {
  if (typeof schema === 'boolean') return schema ? {} : undefined;
  const document = options.document ?? buildRefDocument(model);
  try {
    return sample(
      schema as Parameters<typeof sample>[0],
      {
        skipReadOnly: options.kind === 'request',
        skipWriteOnly: options.kind === 'response',
        maxSampleDepth: options.maxDepth ?? 6,
        quiet: true,
      },
      document,
    );
  } catch {
    // openapi-sampler throws on refs it cannot follow; a page without a sample beats a failed build.
    return undefined;
  }
}

export interface ExampleResult {
  value: unknown;
  /** `example`: written in the spec (named by `name`); `schema`: generated; `none`: nothing to show. */
  source: 'example' | 'schema' | 'none';
  name?: string;
}

/** The spec's own example for a media type when it has one, else one generated from its schema. */
export function exampleFor(mediaType: MediaType, model: SchemaRefs, kind: SampleKind, document?: Record<string, unknown>): ExampleResult {
  const written = mediaType.examples.find((example) => example.value !== undefined);
  if (written) return { value: written.value, source: 'example', name: written.name };
  if (mediaType.schema === undefined) return { value: undefined, source: 'none' };
  const value = sampleFromSchema(mediaType.schema, model, { kind, document });
  return value === undefined ? { value: undefined, source: 'none' } : { value, source: 'schema' };
}
