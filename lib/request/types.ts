/**
 * The try-it request model. One plain shape flows from the form to the wire:
 * operation + `TryItValues` + `AuthValues` + `ServerChoice` -> `PreparedRequest`,
 * and the sender, the curl view and the code snippets all read that object.
 * Everything here is serializable except the optional `blob` of a file field.
 */
import type { ParameterLocation } from '../openapi/types';

/** A value typed into one parameter input. Arrays and objects follow the parameter's style. */
export type ParameterValue = string | string[] | Record<string, string> | boolean | number;

/** A file chosen for a multipart field or a binary body; `blob` is the File itself when the sender needs it. */
export interface FileRef {
  name: string;
  type: string;
  size: number;
  blob?: Blob;
}

export type FormField = { name: string; value: string } | { name: string; file: FileRef };

/** Raw and JSON bodies carry text; urlencoded and multipart bodies carry fields; binary bodies (images, octet-stream) a file, `null` until chosen. */
export type BodyValue = { mediaType: string; text: string } | { mediaType: string; fields: FormField[] } | { mediaType: string; file: FileRef | null };

/** Values per location, then per parameter name, e.g. `values.query.limit`. */
export type TryItValues = Partial<Record<ParameterLocation, Record<string, ParameterValue | undefined>>> & {
  body?: BodyValue;
};

/**
 * A credential per security scheme name. `token` serves bearer, other `http`
 * schemes, `oauth2` and `openIdConnect` (all sent in `Authorization`).
 */
export type AuthValue =
  | { kind: 'apiKey'; value: string }
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'token'; token: string };

export type AuthValues = Record<string, AuthValue | undefined>;

/**
 * The server a request goes to: one of the spec's URL templates with its
 * variables filled in (defaults included), or a base URL typed by the user.
 * `origin` resolves relative server URLs such as `/v1` (the page's origin in the browser).
 */
export type ServerChoice =
  | { kind: 'template'; url: string; variables: Record<string, string>; origin?: string }
  | { kind: 'custom'; baseUrl: string };

/** `secret` marks values that came from credentials, so views can mask them. */
export interface NameValue {
  name: string;
  value: string;
  secret?: boolean;
}

export type PreparedBody = { mediaType: string; text: string } | { mediaType: string; fields: FormField[] } | { mediaType: string; file: FileRef };

/**
 * A HAR-like request, exactly as it goes on the wire:
 * - `method` upper-case;
 * - `url` the full URL including the query string (what `fetch` receives);
 * - `queryString` the same pairs as in `url`, still percent-encoded, in order;
 * - `cookies` name/value pairs as they appear in the `Cookie` header (encoded);
 * - `headers` without `Cookie`, and without `Content-Type` for multipart (fetch sets the boundary).
 */
export interface PreparedRequest {
  method: string;
  url: string;
  headers: NameValue[];
  queryString: NameValue[];
  cookies: NameValue[];
  body?: PreparedBody;
}
