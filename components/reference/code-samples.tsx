import type { ApiModel, Operation } from '@/lib/openapi/types';
import { buildSampleRequest } from '@/lib/reference/build-sample-request';
import { collectCodeSamples, type CodeSampleTab } from '@/lib/reference/collect-code-samples';
import { toSnippets } from '@/lib/request/to-snippets';
import { TabGroup } from '@/components/layout/tab-group';
import { HighlightedCode } from './highlighted-code';

export const CODE_LANGUAGE_KEY = 'portico-code-language';

function samplesFor(operation: Operation, model: ApiModel, refDocument?: Record<string, unknown>): CodeSampleTab[] {
  let generated: ReturnType<typeof toSnippets> = [];
  try {
    generated = toSnippets(buildSampleRequest(operation, model, refDocument));
  } catch (error) {
    // One odd operation must not fail the build; its page keeps the spec's own samples.
    console.warn(`Portico: no generated code samples for ${operation.method.toUpperCase()} ${operation.path}: ${(error as Error).message}`);
  }
  return collectCodeSamples(operation.codeSamples, generated);
}

/** The operation's request in several languages, in tabs whose choice follows the reader across pages. */
export function CodeSamples({ operation, model, refDocument }: { operation: Operation; model: ApiModel; refDocument?: Record<string, unknown> }) {
  const tabs = samplesFor(operation, model, refDocument);
  if (tabs.length === 0) return null;
  return (
    <TabGroup kind="code" tabs={tabs.map(({ id, label }) => ({ id, label }))} storageKey={CODE_LANGUAGE_KEY} label="Code samples">
      {tabs.map((tab) => (
        <HighlightedCode key={tab.id} code={tab.code} lang={tab.lang} copyLabel={`Copy ${tab.label} sample`} />
      ))}
    </TabGroup>
  );
}
