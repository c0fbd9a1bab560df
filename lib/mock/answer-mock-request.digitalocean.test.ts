import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadApi } from '../openapi';
import { buildRequest } from '../request/build-request';
import { buildConsoleModel } from '../tryit/build-console-model';
import { buildRefDocument } from '../openapi/ref-document';
import { collectOperationSlice } from '../tryit/collect-operation-slice';
import { draftsToValues, type BodyDraft } from '../tryit/drafts-to-values';
import { createRequestValidator } from '../tryit/validate-request';
import { createMockServer } from './answer-mock-request';
import { createMemoryMockStore } from './mock-store';

const SPEC = fileURLToPath(new URL('../../e2e/fixtures/specs/digitalocean/specification/DigitalOcean-public.v2.yaml', import.meta.url));

describe('mock on a large real spec (DigitalOcean, multi-file)', () => {
  it('answers every operation as the console first fills it, without an exception', async () => {
    const { model } = await loadApi(SPEC);
    const store = createMemoryMockStore();
    const counts = { success: 0, unauthorized: 0, other: 0 };
    for (const operation of model!.operations) {
      const slice = collectOperationSlice(model!, operation);
      const consoleModel = buildConsoleModel(slice.operation, slice.refs, buildRefDocument(slice.refs));
      const firstBody = consoleModel.bodies[0];
      const body: BodyDraft | undefined = firstBody && (firstBody.editor === 'form' ? { mediaType: firstBody.mediaType, form: firstBody.initialFields } : { mediaType: firstBody.mediaType, text: firstBody.examples[0]?.text ?? '' });
      const values = draftsToValues(consoleModel.parameters, consoleModel.initialParameters, body, firstBody?.fields);
      const auth = Object.fromEntries(Object.keys(slice.securitySchemes).map((name) => [name, { kind: 'token' as const, token: 'x' }]));
      const request = buildRequest(slice.operation, values, auth, { kind: 'template', url: 'https://api.digitalocean.com', variables: {} }, slice.securitySchemes, slice.security);
      const mock = createMockServer({ validate: createRequestValidator(slice.refs), store });
      const answer = mock(slice, { request, values });
      expect(answer.status, `${operation.method} ${operation.path}`).toBeGreaterThanOrEqual(200);
      if (answer.status < 300) counts.success++;
      else if (answer.status === 401) counts.unauthorized++;
      else counts.other++;
    }
    expect(model!.operations.length).toBeGreaterThanOrEqual(200);
    // Bearer tokens satisfy its one scheme, and the console's prefilled values are the documented examples.
    expect(counts.unauthorized).toBe(0);
    expect(counts.success).toBeGreaterThan(model!.operations.length * 0.8);
  }, 240_000);
});
