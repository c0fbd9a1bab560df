export { sampleFromSchema, exampleFor, type SampleKind, type SampleOptions, type ExampleResult } from './sample-from-schema';
export { toSnippets, SNIPPET_TARGETS, type CodeSnippet } from './to-snippets';
export { toHar } from './to-har';
