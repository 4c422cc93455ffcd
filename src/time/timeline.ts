/**
 * The millisecond API for other engines (coverage, queue simulation): plain
 * numbers in, plain numbers out, no Date objects, no allocation on the hot
 * path once the blocks around an instant are built.
 *
 * - businessMsBetween(c, a, b): open ms in [a, b); 0 when b ≤ a.
 * - addBusinessMs(c, a, ms): the earliest t ≥ a with businessMsBetween(c, a, t)
 *   = ms. ms = 0 gives a (even when closed); a target reached exactly at a
 *   closing time gives that closing instant, not the next opening.
 * - openIntervalsMs(c, from, to): merged, sorted, half-open pairs clipped to
 *   [from, to).
 * Cost is two binary searches inside a block plus one step per 32-day block
 * crossed; never one step per minute.
 */
import { assertSupportedMs, MAX_SUPPORTED_MS } from './civil.js';
import { BLOCK_MS, blockAt, instantAfter, openBefore } from './block.js';
import type { CompiledSchedule } from './compile.js';

/** Open milliseconds in [a, b). */
export function businessMsBetween(c: CompiledSchedule, a: number, b: number): number {
  if (!(b > a)) return 0;
  if (c.calendar) return b - a;
  assertSupportedMs(a, 'start');
  assertSupportedMs(b, 'end');
  const ka = Math.floor(a / BLOCK_MS);
  const kb = Math.floor(b / BLOCK_MS);
  const first = blockAt(c, ka);
  if (ka === kb) return openBefore(first, b) - openBefore(first, a);
  let sum = first.total - openBefore(first, a);
  for (let k = ka + 1; k < kb; k++) sum += blockAt(c, k).total;
  return sum + openBefore(blockAt(c, kb), b);
}

/** The earliest instant t ≥ a with businessMsBetween(c, a, t) === ms. */
export function addBusinessMs(c: CompiledSchedule, a: number, ms: number): number {
  if (!(ms >= 0) || ms === Number.POSITIVE_INFINITY) {
    throw new RangeError(`business time to add must be a finite number ≥ 0 (got ${String(ms)})`);
  }
  if (ms === 0) return a;
  if (c.calendar) return a + ms;
  assertSupportedMs(a, 'start');
  let key = Math.floor(a / BLOCK_MS);
  let block = blockAt(c, key);
  let need = ms + openBefore(block, a);
  while (need > block.total) {
    need -= block.total;
    key++;
    const begin = key * BLOCK_MS;
    if (begin > c.openUntilMs) throw new RangeError('the schedule has no open time left after this instant, so the target is never reached');
    if (begin > MAX_SUPPORTED_MS) throw new RangeError('the target lies past year 9999');
    block = blockAt(c, key);
  }
  return instantAfter(block, need);
}

/**
 * Merged open intervals in [from, to) as flat pairs `[s0, e0, s1, e1, …]`. The facts and the
 * coverage ask for one horizon several times, so the last range's answer is kept on the compiled
 * schedule; each call gets its own copy, which the caller may change.
 */
export function openIntervalsMs(c: CompiledSchedule, from: number, to: number): Float64Array {
  if (!(to > from)) return new Float64Array(0);
  if (c.calendar) return Float64Array.of(from, to);
  const last = c.lastIntervals;
  if (last && last.from === from && last.to === to) return last.list.slice();
  assertSupportedMs(from, 'from');
  assertSupportedMs(to, 'to');
  const list = intervalsIn(c, from, to);
  c.lastIntervals = { from, to, list };
  return list.slice();
}

function intervalsIn(c: CompiledSchedule, from: number, to: number): Float64Array {
  const kFrom = Math.floor(from / BLOCK_MS);
  const kTo = Math.floor(to / BLOCK_MS);
  // A typed buffer sized from the first block (most weeks repeat), grown by doubling if need be:
  // no boxed numbers pushed. Its written part is kept as the answer; callers get copies of it.
  let out: Float64Array | undefined;
  let n = 0;
  for (let key = kFrom; key <= kTo; key++) {
    const { starts, ends } = blockAt(c, key);
    out ??= new Float64Array(Math.max(64, 2 * (starts.length + 1) * (kTo - kFrom + 1)));
    if (n + 2 * starts.length > out.length) out = grown(out, n + 2 * starts.length);
    for (let i = 0; i < starts.length && (starts[i] as number) < to; i++) {
      const s = Math.max(starts[i] as number, from);
      const e = Math.min(ends[i] as number, to);
      if (e <= s) continue;
      // Intervals split at a block edge join up again here.
      if (n > 0 && out[n - 1] === s) out[n - 1] = e;
      else {
        out[n++] = s;
        out[n++] = e;
      }
    }
  }
  return out!.subarray(0, n);
}

function grown(buffer: Float64Array, need: number): Float64Array<ArrayBuffer> {
  const next = new Float64Array(Math.max(need, 2 * buffer.length));
  next.set(buffer);
  return next;
}
