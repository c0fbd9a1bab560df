import type { ApiModel, MediaType, Operation, Parameter } from '../openapi/types';
import { operationLabel } from '../reference/build-api-nav';
import { buildSampleRequest } from '../reference/build-sample-request';
import { describeSchemaType } from '../reference/describe-schema-type';
import { toCurl } from '../request/to-curl';
import { exampleFor } from '../samples/sample-from-schema';
import { inlineText, schemaToMarkdownList } from './schema-to-markdown';
import { derefShallow } from '../openapi/resolve';

export interface OperationMarkdownInput {
  apiTitle: string;
  operation: Operation;
  model: ApiModel;
  /** `buildRefDocument(model)`, reused across an API's operations. */
  refDocument?: Record<string, unknown>;
  /** The URL of a component schema's page, for links from the schema lists. */
  schemaUrl?: (name: string) => string | undefined;
}

/** A code fence longer than any backtick run in `code`, so spec text cannot close it early. */
export function fenced(code: string, lang = ''): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${code}\n${fence}`;
}

/** One table cell: `|` and newlines would break the table. */
function cell(text: string): string {
  return inlineText(text).replace(/\|/g, '\\|') || ' ';
}

function parameterType(parameter: Parameter, model: ApiModel): string {
  if (!parameter.schema) return parameter.content?.[0]?.mediaType ?? '';
  const { schema } = derefShallow(model, parameter.schema);
  return typeof schema === 'object' ? describeSchemaType(schema as Record<string, unknown>) : 'any';
}

function parametersTable(operation: Operation, model: ApiModel): string[] {
  if (operation.parameters.length === 0) return [];
  const rows = operation.parameters.map(
    (p) => `| \`${cell(p.name)}\` | ${p.in} | ${cell(parameterType(p, model))} | ${p.required ? 'yes' : 'no'} | ${cell(`${p.deprecated ? '(deprecated) ' : ''}${p.description ?? ''}`)} |`,
  );
  return ['## Parameters', '', '| Name | In | Type | Required | Description |', '| --- | --- | --- | --- | --- |', ...rows, ''];
}

function exampleText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

function mediaTypeBlock(input: OperationMarkdownInput, media: MediaType, kind: 'request' | 'response'): string[] {
  const out: string[] = [];
  if (media.schema !== undefined) {
    const list = schemaToMarkdownList(input.model, media.schema, { schemaUrl: input.schemaUrl });
    if (list) out.push(list, '');
    else if (typeof media.schema === 'object') out.push(`Type: ${describeSchemaType(derefShallow(input.model, media.schema).schema as Record<string, unknown>)}`, '');
  }
  const example = exampleFor(media, input.model, kind, input.refDocument);
  if (example.value !== undefined) {
    const lang = /json/.test(media.mediaType) ? 'json' : '';
    out.push(`Example${example.name ? ` (${inlineText(example.name)})` : ''}:`, '', fenced(exampleText(example.value), lang), '');
  }
  return out;
}

function requestBodySection(input: OperationMarkdownInput): string[] {
  const body = input.operation.requestBody;
  const media = body?.content[0];
  if (!body || !media) return [];
  const others = body.content.slice(1).map((m) => `\`${m.mediaType}\``);
  return [
    `## Request body (\`${media.mediaType}\`${body.required ? ', required' : ''})`,
    '',
    ...(body.description ? [body.description.trim(), ''] : []),
    ...(others.length > 0 ? [`Also accepted: ${others.join(', ')}.`, ''] : []),
    ...mediaTypeBlock(input, media, 'request'),
  ];
}

function responsesSection(input: OperationMarkdownInput): string[] {
  if (input.operation.responses.length === 0) return [];
  const out = ['## Responses', ''];
  for (const response of input.operation.responses) {
    const media = response.content[0];
    out.push(`### ${response.status}${media ? ` (\`${media.mediaType}\`)` : ''}`, '');
    if (response.description.trim()) out.push(response.description.trim(), '');
    if (media) out.push(...mediaTypeBlock(input, media, 'response'));
  }
  return out;
}

/**
 * The Markdown twin of an operation page (`<page>.md`), for AI tools and readers who want text:
 * title, method and path, description, parameters as a table, request and response schemas as
 * nested lists with one example each, and the same curl command the page shows (placeholder
 * credentials). Spec text is copied as Markdown: a twin is served as text, never rendered here.
 */
export function renderOperationMarkdown(input: OperationMarkdownInput): string {
  const { operation, model } = input;
  // The title is plain text in the spec: escaped so that a Markdown viewer shows `<img ...>` as written.
  const out = [`# ${inlineText(operationLabel(operation)).replace(/([\\<>])/g, '\\$1')}`, ''];
  out.push(`\`${operation.method.toUpperCase()} ${operation.path}\``, '');
  const facts = [`API: ${inlineText(input.apiTitle)}`];
  if (operation.operationId) facts.push(`operationId: \`${inlineText(operation.operationId)}\``);
  if (operation.tags.length > 0) facts.push(`tags: ${operation.tags.map(inlineText).join(', ')}`);
  if (operation.deprecated) facts.push('**deprecated**');
  out.push(facts.join(' · '), '');
  if (operation.description?.trim()) out.push(operation.description.trim(), '');
  out.push(...parametersTable(operation, model), ...requestBodySection(input), ...responsesSection(input));
  if (operation.kind === 'operation') {
    const curl = toCurl(buildSampleRequest(operation, model, input.refDocument), { maskSecrets: true });
    out.push('## Example request', '', fenced(curl, 'bash'), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
