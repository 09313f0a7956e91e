import { quote } from './problems.ts';

// Suggestions are for typos in ids a person typed: past this length a suggestion is no help, and the edit distance
// (quadratic in the lengths) would let a pathological file stall the validator.
const MAX_LENGTH = 80;
const MAX_CANDIDATES = 2000;

/** Edit distance, used to suggest the id an author probably meant. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The closest candidate, or undefined when nothing is close enough to be a plausible typo. */
export function closest(target: string, candidates: Iterable<string>): string | undefined {
  if (target.length > MAX_LENGTH) return undefined;
  const limit = Math.max(2, Math.floor(target.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  let seen = 0;
  for (const candidate of candidates) {
    if (++seen > MAX_CANDIDATES) break;
    if (candidate.length > MAX_LENGTH || Math.abs(candidate.length - target.length) > limit) continue;
    const d = distance(target, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

export function didYouMean(target: string, candidates: Iterable<string>): string {
  const match = closest(target, candidates);
  return match ? ` (did you mean ${quote(match)}?)` : '';
}
