/**
 * Interval algebra on flat pairs of epoch milliseconds: `[s0, e0, s1, e1, …]`,
 * each half-open `[s, e)`. Flat typed arrays keep the coverage computation and
 * the queue simulation free of per-interval objects.
 *
 * "Merged" means sorted by start, non-empty, and neither overlapping nor
 * touching (`[1,2)` and `[2,3)` merge into `[1,3)`).
 */

export type MsIntervals = Float64Array;

/**
 * Union of any number of interval lists (sorted or not, overlapping or not). A few lists that are
 * each sorted by start (what openIntervalsMs gives) are merged pairwise, with no sort; otherwise
 * starts and ends are sorted and swept, starts first at equal times, so touching intervals merge.
 * Many lists sweep too: pairwise merging copies each interval log2(lists) times in script, while
 * the sort is native; in a fresh process, before the script is compiled, 100 schedules' year
 * unites in about 10 ms instead of 25 (warm, 6 ms instead of 3).
 */
export function unionIntervals(lists: readonly ArrayLike<number>[]): MsIntervals {
  if (lists.length <= PAIRWISE_LISTS && lists.every(isSortedByStart)) return mergeAll(lists);
  return sweep(lists);
}

/** Up to this many lists (three rounds of merging), pairwise merging beats a sort. */
const PAIRWISE_LISTS = 8;

function isSortedByStart(list: ArrayLike<number>): boolean {
  for (let i = 2; i + 1 < list.length; i += 2) if ((list[i] as number) < (list[i - 2] as number)) return false;
  return list.length % 2 === 0;
}

/** Joins two lists sorted by start into one merged list. */
function mergeTwo(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number));
    const s = fromA ? (a[i] as number) : (b[j] as number);
    const e = fromA ? (a[i + 1] as number) : (b[j + 1] as number);
    if (fromA) i += 2;
    else j += 2;
    if (!(e > s)) continue;
    if (n > 0 && s <= (out[n - 1] as number)) out[n - 1] = Math.max(out[n - 1] as number, e);
    else {
      out[n++] = s;
      out[n++] = e;
    }
  }
  return out.slice(0, n);
}

/** Pairwise, so each interval is copied about log2(lists) times; never returns one of `lists`. */
function mergeAll(lists: readonly ArrayLike<number>[]): MsIntervals {
  if (lists.length === 0) return new Float64Array(0);
  let round = lists;
  while (round.length > 1) {
    const next: ArrayLike<number>[] = [];
    for (let i = 0; i < round.length; i += 2) next.push(i + 1 < round.length ? mergeTwo(round[i]!, round[i + 1]!) : round[i]!);
    round = next;
  }
  // A single list is still merged: touching and empty intervals.
  return lists.length === 1 ? mergeTwo(round[0]!, new Float64Array(0)) : (round[0] as MsIntervals);
}

function sweep(lists: readonly ArrayLike<number>[]): MsIntervals {
  let n = 0;
  for (const list of lists) n += list.length >> 1;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  let k = 0;
  for (const list of lists) {
    for (let i = 0; i + 1 < list.length; i += 2) {
      const s = list[i] as number;
      const e = list[i + 1] as number;
      if (e > s) {
        starts[k] = s;
        ends[k] = e;
        k++;
      }
    }
  }
  const s = starts.subarray(0, k).sort();
  const e = ends.subarray(0, k).sort();
  const out: number[] = [];
  let depth = 0;
  let i = 0;
  let j = 0;
  while (i < k) {
    if ((s[i] as number) <= (e[j] as number)) {
      if (depth === 0) out.push(s[i] as number);
      depth++;
      i++;
    } else {
      depth--;
      if (depth === 0) out.push(e[j] as number);
      j++;
    }
  }
  // Every start is consumed; the last open run ends at the largest end.
  if (k > 0) out.push(e[k - 1] as number);
  return Float64Array.from(out);
}

/** Sorts and merges one list. */
export function mergeIntervals(intervals: ArrayLike<number>): MsIntervals {
  return unionIntervals([intervals]);
}

/** The parts of [from, to) not covered by `intervals` (any order, overlapping or not). */
export function gaps(intervals: ArrayLike<number>, from: number, to: number): MsIntervals {
  if (!(to > from)) return new Float64Array(0);
  // The walk below takes overlaps and empty intervals; only unsorted input needs a merge first
  // (a union's result, the coverage, is already sorted: no copy).
  const merged = isSortedByStart(intervals) ? intervals : mergeIntervals(intervals);
  const out: number[] = [];
  let cursor = from;
  for (let i = 0; i < merged.length && cursor < to; i += 2) {
    const s = merged[i] as number;
    const e = merged[i + 1] as number;
    if (e <= cursor || e <= s) continue;
    if (s > cursor) out.push(cursor, Math.min(s, to));
    cursor = Math.max(cursor, e);
  }
  if (cursor < to) out.push(cursor, to);
  return Float64Array.from(out);
}

/** `open` minus `closed`; both merged and sorted. */
export function subtractIntervals(open: ArrayLike<number>, closed: ArrayLike<number>): number[] {
  const out: number[] = [];
  let j = 0;
  for (let i = 0; i + 1 < open.length; i += 2) {
    let a = open[i] as number;
    const b = open[i + 1] as number;
    while (j < closed.length && (closed[j + 1] as number) <= a) j += 2;
    for (let k = j; a < b && k < closed.length && (closed[k] as number) < b; k += 2) {
      const cs = closed[k] as number;
      if (cs > a) out.push(a, cs);
      a = Math.max(a, closed[k + 1] as number);
    }
    if (a < b) out.push(a, b);
  }
  return out;
}

/** Intersection of two merged, sorted lists. */
export function intersectIntervals(a: ArrayLike<number>, b: ArrayLike<number>): MsIntervals {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i] as number, b[j] as number);
    const e = Math.min(a[i + 1] as number, b[j + 1] as number);
    if (e > s) out.push(s, e);
    if ((a[i + 1] as number) < (b[j + 1] as number)) i += 2;
    else j += 2;
  }
  return Float64Array.from(out);
}

/** Total covered length of a merged list. */
export function totalLength(intervals: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i + 1 < intervals.length; i += 2) sum += (intervals[i + 1] as number) - (intervals[i] as number);
  return sum;
}
