import type { MockServer } from '@/lib/mock/answer-mock-request';
import type { MockResponse } from '@/lib/mock/types';
import type { SendResult } from '@/lib/tryit/send-request';
import type { RequestValidator } from '@/lib/tryit/validate-request';

/** The server picker's value for "Mock (in this browser)"; -1 is a custom base URL, 0.. the spec's servers. */
export const MOCK_SERVER_INDEX = -2;

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage blocked (privacy settings): the mock keeps its records in memory instead.
    return undefined;
  }
}

const choiceKey = (apiId: string) => `portico:try-it-mock-chosen:${apiId}`;

/** Whether the reader chose the mock on another page of this API in this tab: the next console starts there too. */
export function readMockChoice(apiId: string): boolean | undefined {
  const value = sessionStore()?.getItem(choiceKey(apiId));
  return value === null || value === undefined ? undefined : value === 'yes';
}

export function writeMockChoice(apiId: string, mocked: boolean): void {
  try {
    sessionStore()?.setItem(choiceKey(apiId), mocked ? 'yes' : 'no');
  } catch {
    // Storage full or blocked: the choice only lasts for this page.
  }
}

/**
 * Loads the mock (and openapi-sampler with it) on first use only: pages whose readers never
 * choose the mock never download it. Records live in sessionStorage, per API, for the tab.
 */
export async function loadMockServer(apiId: string, validate: RequestValidator): Promise<MockServer> {
  const [{ createMockServer }, { createWebStorageMockStore, mockStorageKey }] = await Promise.all([import('@/lib/mock/answer-mock-request'), import('@/lib/mock/mock-store')]);
  return createMockServer({ validate, store: createWebStorageMockStore(sessionStore(), mockStorageKey(apiId)) });
}

/** A mock answer in the shape of a live one, so the console shows both the same way. */
export function toMockResult(response: MockResponse, durationMs: number): SendResult {
  return {
    kind: 'response',
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    contentType: response.contentType,
    bodyText: new TextDecoder().decode(response.body),
    bodyBytes: response.body,
    durationMs,
    warnings: [],
    mocked: true,
  };
}
