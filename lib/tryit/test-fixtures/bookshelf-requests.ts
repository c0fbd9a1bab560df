import path from 'node:path';
import { loadApi } from '../../openapi/load-api';
import type { ApiModel, Operation } from '../../openapi/types';
import { buildRequest } from '../../request/build-request';
import type { AuthValues, ParameterValue, PreparedRequest, TryItValues } from '../../request/types';

/** One representative request on the default spec, for the golden-file tests of the snippets and the curl view. */
export interface GoldenRequest {
  /** File-name-safe: the golden files are named after it. */
  name: string;
  request: PreparedRequest;
}

const BOOKSHELF = path.resolve(import.meta.dirname, '../../../content/openapi/bookshelf.yaml');

function operationById(model: ApiModel, id: string): Operation {
  const operation = model.operations.find((op) => op.operationId === id);
  if (!operation) throw new Error(`${BOOKSHELF}: no operation "${id}" (the golden cases name it)`);
  return operation;
}

/** Every parameter of the operation filled with the spec's own first example, as a reader might fill the console. */
function exampleValues(operation: Operation): TryItValues {
  const values: TryItValues = {};
  for (const parameter of operation.parameters) {
    const example = parameter.examples.find((e) => e.value !== undefined)?.value;
    if (example === undefined) throw new Error(`${BOOKSHELF}: parameter "${parameter.name}" of ${operation.operationId} has no example`);
    (values[parameter.in] ??= {})[parameter.name] = example as ParameterValue;
  }
  return values;
}

/**
 * Built as the console builds them (buildRequest with the reader's values and
 * credentials), against the production server template, from inputs fixed
 * here and in the spec: no clock, random value or machine path goes in, so
 * the generated text is the same on every run.
 */
export async function bookshelfGoldenRequests(): Promise<GoldenRequest[]> {
  const { model, problems } = await loadApi(BOOKSHELF);
  if (!model) throw new Error(`${BOOKSHELF} did not load: ${JSON.stringify(problems)}`);
  const production = model.servers.find((s) => s.url.startsWith('https://'));
  if (!production) throw new Error(`${BOOKSHELF}: no https server for the golden cases`);
  const server = { kind: 'template' as const, url: production.url, variables: { version: 'v1' } };
  const build = (id: string, values: TryItValues, auth: AuthValues): PreparedRequest => {
    const operation = operationById(model, id);
    return buildRequest(operation, { ...exampleValues(operation), ...values }, auth, server, model.securitySchemes, model.security);
  };

  const createBook = operationById(model, 'createBook');
  const printBook = createBook.requestBody?.content[0]?.examples.find((e) => e.name === 'print')?.value;
  if (printBook === undefined) throw new Error(`${BOOKSHELF}: createBook lost its "print" example`);

  return [
    {
      // A JSON body (nested objects, arrays, numbers) with a bearer token.
      name: 'create-book-json-bearer',
      request: build('createBook', { body: { mediaType: 'application/json', text: JSON.stringify(printBook, null, 2) } }, { BearerAuth: { kind: 'token', token: 'YOUR_TOKEN' } }),
    },
    {
      // A multipart upload: a path parameter, a file part with its type, a text part, an API key header.
      // The apostrophe shows each language's quoting; @readme/httpsnippet 11's javascript and node
      // targets leave it unescaped inside '...' (a syntax error), recorded as is in the golden files.
      name: 'upload-book-cover-multipart',
      request: build(
        'uploadBookCover',
        {
          body: {
            mediaType: 'multipart/form-data',
            fields: [
              { name: 'file', file: { name: 'cover.png', type: 'image/png', size: 2048 } },
              { name: 'altText', value: "A dark blue cover with the title in white capitals, and the author's name" },
            ],
          },
        },
        { ApiKeyAuth: { kind: 'apiKey', value: 'YOUR_API_KEY' } },
      ),
    },
    {
      // A GET with every query parameter: an exploded array, a boolean, a leading `-`, no credentials.
      name: 'list-books-query',
      request: build('listBooks', {}, {}),
    },
  ];
}
