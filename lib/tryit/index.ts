/** The try-it console's logic; browser-safe (no Node built-ins). */
export type * from './types';
export { buildRequest } from './build-request';
export { resolveServerUrl } from './resolve-server-url';
export { validateRequest, createRequestValidator, type RequestValidator } from './validate-request';
export { checkResponse, findResponse, type ResponseCheck } from './check-response';
export { createSchemaValidator, type SchemaValidator, type SchemaError } from './create-schema-validator';
export { toCurl, shellQuote, DEFAULT_SECRET_HEADERS, type CurlOptions } from './to-curl';
export { classifyFetchError, type FetchErrorInfo, type FetchErrorKind, type FetchErrorContext } from './classify-fetch-error';
export { sendRequest, toProxyUrl, type SendResult, type SendOptions } from './send-request';
export { pickSchemaRefs } from './pick-schema-refs';
export { buildRefDocument } from './build-ref-document';
export { parseJsonText, type JsonSyntaxError } from '../json/locate-json-error';
