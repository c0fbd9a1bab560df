import type { Operation, SchemaRefs, SecurityRequirement, SecurityScheme } from '../openapi/types';
import type { NameValue, PreparedRequest, TryItValues } from '../request/types';

/** What the in-browser mock answers: the same parts a live response has. */
export interface MockResponse {
  status: number;
  statusText: string;
  headers: NameValue[];
  contentType: string;
  body: Uint8Array;
}

/** The records the mock keeps for a tab: per concrete collection path (`/books`), per id. */
export interface MockState {
  records: Record<string, Record<string, unknown>>;
  /** Ids deleted per collection, so an example record that was deleted answers 404 afterwards. */
  deleted: Record<string, string[]>;
  /** Feeds generated ids (`bk_mock1`, `bk_mock2`, ...). */
  counter: number;
}

/** Where the state lives between answers: memory in tests, sessionStorage in the console. */
export interface MockStore {
  read(): MockState;
  write(state: MockState): void;
}

/** One operation with what the mock needs to answer it: its slice of the spec. */
export interface MockOperation {
  operation: Operation;
  /** The effective requirements (the operation's, else the API's). */
  security: SecurityRequirement[];
  securitySchemes: Record<string, SecurityScheme>;
  refs: SchemaRefs;
}

export interface MockRequest {
  /** The request as it would go on the wire (credentials included: the mock only checks they are there). */
  request: PreparedRequest;
  /** The console's values behind it, which the request validator reads. */
  values: TryItValues;
  /**
   * A documented status to answer with ("200", "404", "default"), skipping the checks:
   * how a reader sees an error response without provoking it. Undefined: the mock decides.
   */
  status?: string;
}
