import { editDistanceWithin } from './edit-distance';

/**
 * The candidate closest to `wanted` (case-insensitive edit distance), when close enough to be
 * a likely typo or rename: at most a third of the longer string's length, and never a wild guess.
 * @example didYouMean('listBook', ['listBooks', 'getBook']) // 'listBooks'
 */
export function didYouMean(wanted: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  const lower = wanted.toLowerCase();
  for (const candidate of candidates) {
    const bound = Math.max(2, Math.ceil(Math.max(wanted.length, candidate.length) / 3));
    const distance = editDistanceWithin(lower, candidate.toLowerCase(), bound);
    if (distance <= bound && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
