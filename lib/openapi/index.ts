export type * from './types';
export { HTTP_METHODS } from './types';
export { loadApi, loadApiDetailed, type LoadDetails } from './load-api';
export { loadApiCached, type CacheOptions } from './load-api-cached';
export { resolveRef, derefShallow, resolvePointer, type DerefContext, type Dereffed } from './resolve';
export { walkSchema, type SchemaVisit } from './walk-schema';
export { slugify, assignSlugs } from './assign-slugs';
export { RESERVED_SLUGS } from './normalize-model';
