/** "Did you mean …?" suggestions for mistyped names and keys. */
import { cmp } from '../values/order.js';

/**
 * Edit distance where swapping two neighbouring characters counts as one edit (optimal string
 * alignment), because `=>` for `>=` and `teh` for `the` are one slip, not two.
 */
function distance(a: string, b: string): number {
  let before = Array.from({ length: b.length + 1 }, () => 0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current.push(best);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The closest candidate within a third of the word's length (at least 2 edits); on a tie, the
 * one closest in length. Failing that, a candidate the word starts with (`monday` for `mon`).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const list = [...candidates];
  let best: string | undefined;
  let bestScore = Infinity;
  let bestLength = Infinity;
  for (const candidate of list) {
    const score = distance(lower, candidate.toLowerCase());
    const length = Math.abs(candidate.length - word.length);
    if (score < bestScore || (score === bestScore && (length < bestLength || (length === bestLength && best !== undefined && candidate < best)))) {
      best = candidate;
      bestScore = score;
      bestLength = length;
    }
  }
  const allowed = Math.max(2, Math.floor(word.length / 3));
  if (best !== undefined && bestScore <= allowed) return best;
  // An abbreviation written out in full: the longest candidate of three or more letters the word begins with.
  const prefixes = list.filter((c) => c.length >= 3 && lower.startsWith(c.toLowerCase())).sort((a, b) => b.length - a.length || cmp(a, b));
  return prefixes[0];
}

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = closest(word, candidates);
  return match === undefined ? undefined : `did you mean '${match}'?`;
}
