/**
 * Expanding a compiled schedule into open instants, one 32-day UTC block at a
 * time. Blocks are keyed by `floor(ms / BLOCK_MS)`, so finding the block of an
 * instant needs no zone math; each block keeps a prefix sum of open time so
 * the business-time functions answer with two binary searches.
 *
 * Semantics implemented here (per calendar date, never a shifted weekly grid):
 * - each local date takes its override's shifts if it has one, else its
 *   weekday's; each shift's wall-clock start and end are converted to instants
 *   on that date (the end on the next date when overnight);
 * - a holiday drops the shifts that start on it AND closes every instant of
 *   that local date, so the previous evening's overnight shift stops at local
 *   midnight;
 * - a shift whose converted end is not after its converted start (possible
 *   inside a DST gap) is empty;
 * - shifts are unioned as instants, after conversion.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS, weekdayOf } from './civil.js';
import { mergeIntervals, subtractIntervals } from './intervals.js';
import type { Zone } from './zone.js';

export const BLOCK_MS = 32 * DAY_MS;
/** Cached blocks per schedule before the cache is dropped (~350 years). */
const MAX_BLOCKS = 4096;
/** No zone's offset reaches this far from UTC (LMT offsets stay under 16 h). */
const MAX_OFFSET_MS = 16 * HOUR_MS;

export interface Block {
  /** Open intervals clipped to the block, merged and sorted. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** cum[i] = open ms in the block before interval i; cum[n] = total. */
  readonly cum: Float64Array;
  readonly total: number;
}

/** Expanded-interval cache; one per compiled schedule. */
export interface BlockCache {
  readonly blocks: Map<number, Block>;
  lastKey: number;
  last: Block | undefined;
}

/** What a block is built from: a compiled schedule (compile.ts), as minutes per weekday and date. */
export interface BlockSource {
  readonly zone: Zone | undefined;
  /** Index 0 = Monday; minutes after local midnight of the start date, sorted by start. */
  readonly weekly: readonly (readonly { readonly start: number; readonly end: number }[])[];
  readonly holidays: ReadonlySet<number>;
  readonly overrides: ReadonlyMap<number, readonly { readonly start: number; readonly end: number }[]>;
  readonly cache: BlockCache;
}

/** Merges pairs already sorted by start (touching pairs join). */
function mergeSorted(pairs: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const a = pairs[i] as number;
    const b = pairs[i + 1] as number;
    const n = out.length;
    if (n > 0 && a <= (out[n - 1] as number)) out[n - 1] = Math.max(out[n - 1] as number, b);
    else out.push(a, b);
  }
  return out;
}

function toInstant(zone: Zone, fixedOffset: number | undefined, local: number): number {
  return fixedOffset === undefined ? zone.fromLocalMs(local) : local - fixedOffset;
}

function buildBlock(c: BlockSource, key: number): Block {
  const lo = key * BLOCK_MS;
  const hi = lo + BLOCK_MS;
  const zone = c.zone;
  if (!zone) throw new Error('calendar clock has no blocks');
  // Local dates whose shifts (up to 48 h of wall clock) could reach the block.
  const dayLo = Math.floor((lo - MAX_OFFSET_MS) / DAY_MS) - 1;
  const dayHi = Math.floor((hi + MAX_OFFSET_MS) / DAY_MS);
  // Most blocks see no offset change: then a conversion is one subtraction.
  const fixed = zone.fixedOffset(dayLo * DAY_MS - MAX_OFFSET_MS, (dayHi + 2) * DAY_MS + MAX_OFFSET_MS);

  // Pairs come out sorted by start except around a DST gap, where a start
  // inside the gap moves past later wall-clock times; sort only then.
  const raw: number[] = [];
  const closed: number[] = [];
  let sorted = true;
  for (let day = dayLo; day <= dayHi; day++) {
    const base = day * DAY_MS;
    if (c.holidays.has(day)) {
      closed.push(zone.firstInstantFrom(base), zone.firstInstantFrom(base + DAY_MS));
      continue;
    }
    const shifts = c.overrides.get(day) ?? c.weekly[weekdayOf(day)] ?? [];
    // Shifts reach two dates; fromLocalMs looks a day either side. When the offset is fixed over
    // all of that, as on every date but those beside a change, it would subtract it too.
    const offset = fixed ?? zone.fixedOffset(base - DAY_MS, base + 3 * DAY_MS);
    for (let i = 0; i < shifts.length; i++) {
      const shift = shifts[i]!;
      const a = toInstant(zone, offset, base + shift.start * MINUTE_MS);
      const b = toInstant(zone, offset, base + shift.end * MINUTE_MS);
      if (b <= a) continue;
      if (raw.length > 0 && a < (raw[raw.length - 2] as number)) sorted = false;
      raw.push(a, b);
    }
  }
  const open = sorted ? mergeSorted(raw) : Array.from(mergeIntervals(raw));
  return clipped(closed.length > 0 ? subtractIntervals(open, closed) : open, lo, hi);
}

/** The merged pairs clipped to [lo, hi) as a block: typed arrays of the exact size, no pushes. */
function clipped(kept: readonly number[], lo: number, hi: number): Block {
  let n = 0;
  for (let i = 0; i < kept.length; i += 2) if (Math.min(kept[i + 1] as number, hi) > Math.max(kept[i] as number, lo)) n++;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const cum = new Float64Array(n + 1);
  let j = 0;
  for (let i = 0; i < kept.length; i += 2) {
    const a = Math.max(kept[i] as number, lo);
    const b = Math.min(kept[i + 1] as number, hi);
    if (b <= a) continue;
    starts[j] = a;
    ends[j] = b;
    cum[j + 1] = (cum[j] as number) + b - a;
    j++;
  }
  return { starts, ends, cum, total: cum[n] as number };
}

/** The block with this key, built on first use. */
export function blockAt(c: BlockSource, key: number): Block {
  const cache = c.cache;
  if (key === cache.lastKey) return cache.last as Block;
  let block = cache.blocks.get(key);
  if (!block) {
    if (cache.blocks.size >= MAX_BLOCKS) cache.blocks.clear();
    block = buildBlock(c, key);
    cache.blocks.set(key, block);
  }
  cache.lastKey = key;
  cache.last = block;
  return block;
}

/** Open ms in the block between its start and `t` (t inside the block or at its end). */
export function openBefore(block: Block, t: number): number {
  const starts = block.starts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return 0;
  const i = lo - 1;
  const s = starts[i] as number;
  const e = block.ends[i] as number;
  return (block.cum[i] as number) + (t < e ? t - s : e - s);
}

/** The instant at which `need` open ms (0 < need ≤ total) have passed in the block. */
export function instantAfter(block: Block, need: number): number {
  const cum = block.cum;
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cum[mid + 1] as number) >= need) hi = mid;
    else lo = mid + 1;
  }
  return (block.starts[lo] as number) + (need - (cum[lo] as number));
}
