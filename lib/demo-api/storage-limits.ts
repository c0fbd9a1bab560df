import { ApiProblem } from './api-problem';
import type { CoverRecord } from './create-store';

/**
 * How much one demo API instance keeps in memory. It is public on purpose (the portal's
 * console talks to it), so without caps anyone could grow it until the process dies.
 */
export interface StorageLimits {
  /** Records one collection (books, authors, reviews, webhook subscriptions) may hold, seed data included. */
  recordsPerCollection: number;
  /** Bytes all cover images may take together (each is also at most `MAX_COVER_BYTES`). */
  coverBytes: number;
}

// Records are small (the spec bounds every field); covers are up to 1 MiB each, so they get a byte budget.
export const DEFAULT_STORAGE_LIMITS: StorageLimits = { recordsPerCollection: 1000, coverBytes: 32 * 1024 * 1024 };

const RESET = 'or restart the demo API to reset its data';

/** Throws 507 Insufficient Storage when `collection` is full; `freeWith` names the call that makes room. */
export function ensureRoomForRecord(collection: ReadonlyMap<string, unknown>, what: string, freeWith: string, limits: StorageLimits): void {
  if (collection.size < limits.recordsPerCollection) return;
  throw new ApiProblem(507, 'insufficient-storage', `The demo API holds at most ${limits.recordsPerCollection} ${what}. Delete some (${freeWith}) ${RESET}.`);
}

/** Throws 507 when storing `size` bytes as the cover of `bookId` (replacing its old one) would pass the byte budget. */
export function ensureRoomForCover(covers: ReadonlyMap<string, CoverRecord>, bookId: string, size: number, limits: StorageLimits): void {
  let used = 0;
  for (const [id, cover] of covers) if (id !== bookId) used += cover.bytes.length;
  if (used + size <= limits.coverBytes) return;
  throw new ApiProblem(
    507,
    'insufficient-storage',
    `The demo API keeps at most ${limits.coverBytes} bytes of cover images and ${used} are in use, so this ${size}-byte cover does not fit. ` +
      `Delete a book with a cover (DELETE /books/{bookId}) ${RESET}.`,
  );
}
