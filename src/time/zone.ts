/**
 * IANA zone offsets and wall-clock ↔ instant conversion.
 *
 * Offsets come from `Intl.DateTimeFormat` (explicit `timeZone`, `hourCycle: 'h23'`, read with
 * `format` once `formatToParts` has confirmed its layout), never from host-zone APIs, so answers
 * do not depend on the TZ the process runs under. (date-fns-tz has open host-TZ bugs in gaps.)
 *
 * Cost: offsets are sampled once per zone per 7-day chunk; when the two ends of
 * a chunk disagree, transitions inside it are found by bisection to the
 * second. After that, every lookup is a Map read. Assumption: a zone never
 * changes offset and changes back within 7 days (checked for every zone Intl
 * knows, 1970–2037, against raw Intl offsets every 12 hours: no mismatch).
 *
 * Local → instant follows RFC 5545 / Temporal "compatible": a wall-clock time
 * inside a spring-forward gap moves forward by the gap's length; an ambiguous
 * fall-back time means its earlier instant. Note that this mapping is NOT
 * monotone inside a gap: with a 02:00→03:00 jump, 02:45 becomes 03:45 while
 * 03:00 stays 03:00, so callers union intervals after converting them.
 */
import { DAY_MS, MINUTE_MS, SECOND_MS, HOUR_MS, daysFromCivil } from './civil.js';

const CHUNK_MS = 7 * DAY_MS;
const FIELDS: readonly string[] = ['month', 'day', 'year', 'hour', 'minute', 'second'];

/** Reused by plainFields: the six numbers of the last text read. */
const FIELD_VALUES = [0, 0, 0, 0, 0, 0];
/** What separates the six numbers in `M/D/YYYY, HH:MM:SS`. */
const SEPARATORS: readonly string[] = ['/', '/', ', ', ':', ':'];

/**
 * The six numbers of a `M/D/YYYY, HH:MM:SS` text, in order, read by character codes into a
 * reused array; undefined for any other text (read with formatToParts instead).
 */
function plainFields(text: string): number[] | undefined {
  let field = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code >= 0 && code <= 9) {
      value = value * 10 + code;
      digits++;
      continue;
    }
    const separator = SEPARATORS[field];
    if (digits === 0 || separator === undefined || !text.startsWith(separator, i)) return undefined;
    FIELD_VALUES[field++] = value;
    value = 0;
    digits = 0;
    i += separator.length - 1;
  }
  if (digits === 0 || field !== 5) return undefined;
  FIELD_VALUES[5] = value;
  return FIELD_VALUES;
}

export interface Transition {
  /** First instant with the new offset. */
  at: number;
  /** Offsets in ms (local = instant + offset). */
  before: number;
  after: number;
}

export class Zone {
  readonly name: string;
  private readonly fmt: Intl.DateTimeFormat;
  /** chunk key → [offset at chunk start, t1, offset from t1, t2, offset from t2, …] */
  private readonly chunks = new Map<number, Float64Array>();
  private readonly starts = new Map<number, number>();
  private readonly plain: boolean;

  constructor(name: string) {
    this.name = name;
    this.fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    this.plain = this.plainLayout();
  }

  /** Offset straight from Intl, to the second. */
  private rawOffset(ms: number): number {
    const at = Math.floor(ms / SECOND_MS) * SECOND_MS;
    // format() is about four times cheaper than formatToParts(); its text is read only when the
    // parts confirmed its layout for this formatter (plainLayout), and read by character codes:
    // a probe allocates nothing but the text.
    const f = (this.plain ? plainFields(this.fmt.format(at)) : undefined) ?? this.fieldsFromParts(at);
    const [month, day, year, hour, minute, second] = f as [number, number, number, number, number, number];
    const local = daysFromCivil(year, month, day) * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + second * SECOND_MS;
    return local - at;
  }

  /** [month, day, year, hour, minute, second] from formatToParts. */
  private fieldsFromParts(at: number): number[] {
    const fields = [0, 0, 0, 0, 0, 0];
    for (const part of this.fmt.formatToParts(at)) {
      const index = FIELDS.indexOf(part.type);
      if (index >= 0) fields[index] = Number(part.value);
    }
    return fields;
  }

  /** Whether format() writes `M/D/YYYY, HH:MM:SS` here, checked on a date whose day cannot pass for a month. */
  private plainLayout(): boolean {
    const probe = Date.UTC(2001, 10, 23, 13, 14, 15);
    return plainFields(this.fmt.format(probe))?.join() === this.fieldsFromParts(probe).join();
  }

  private chunkStartOffset(key: number): number {
    let o = this.starts.get(key);
    if (o === undefined) {
      o = this.rawOffset(key * CHUNK_MS);
      this.starts.set(key, o);
    }
    return o;
  }

  private chunk(key: number): Float64Array {
    const hit = this.chunks.get(key);
    if (hit) return hit;
    const begin = key * CHUNK_MS;
    const end = begin + CHUNK_MS;
    const first = this.chunkStartOffset(key);
    const last = this.chunkStartOffset(key + 1);
    const list = [first];
    let fromSec = begin / SECOND_MS;
    let fromOffset = first;
    // Each pass finds one change point; repeat until we reach the end offset.
    while (fromOffset !== last) {
      let lo = fromSec;
      let hi = end / SECOND_MS;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (this.rawOffset(mid * SECOND_MS) === fromOffset) lo = mid;
        else hi = mid;
      }
      const at = hi * SECOND_MS;
      if (at >= end) break; // the change is at the next chunk's start
      fromOffset = this.rawOffset(at);
      fromSec = hi;
      list.push(at, fromOffset);
    }
    const packed = Float64Array.from(list);
    this.chunks.set(key, packed);
    return packed;
  }

  /** UTC offset in ms at an instant (local = instant + offset). */
  offsetAt(ms: number): number {
    const c = this.chunk(Math.floor(ms / CHUNK_MS));
    let o = c[0] as number;
    for (let i = 1; i < c.length && ms >= (c[i] as number); i += 2) o = c[i + 1] as number;
    return o;
  }

  /** Wall-clock reading (as local ms) of an instant. */
  toLocalMs(ms: number): number {
    return ms + this.offsetAt(ms);
  }

  /** The offset if it is the same over all of [lo, hi], else undefined. */
  fixedOffset(lo: number, hi: number): number | undefined {
    const kLo = Math.floor(lo / CHUNK_MS);
    const kHi = Math.floor(hi / CHUNK_MS);
    const first = this.chunk(kLo);
    const o = first[0] as number;
    if (first.length > 1) return undefined;
    for (let k = kLo + 1; k <= kHi; k++) {
      const c = this.chunk(k);
      if (c.length > 1 || c[0] !== o) return undefined;
    }
    return o;
  }

  /** Offset changes in [lo, hi), in order. */
  transitionsBetween(lo: number, hi: number): Transition[] {
    const out: Transition[] = [];
    const kLo = Math.floor(lo / CHUNK_MS);
    const kHi = Math.floor(hi / CHUNK_MS);
    let previous = this.offsetAt(lo);
    for (let k = kLo; k <= kHi; k++) {
      const c = this.chunk(k);
      for (let i = 0; i < c.length; i += 2) {
        const at = i === 0 ? k * CHUNK_MS : (c[i - 1] as number);
        const offset = c[i] as number;
        if (offset !== previous && at >= lo && at < hi) out.push({ at, before: previous, after: offset });
        if (at >= lo) previous = offset;
      }
    }
    return out;
  }

  /** Instant for a wall-clock reading, "compatible" disambiguation. */
  fromLocalMs(local: number): number {
    const fixed = this.fixedOffset(local - DAY_MS, local + DAY_MS);
    if (fixed !== undefined) return local - fixed;
    const transitions = this.transitionsBetween(local - DAY_MS, local + DAY_MS);
    let best = Number.NaN;
    const candidates = [this.offsetAt(local - DAY_MS), ...transitions.map((t) => t.after)];
    for (const o of candidates) {
      const t = local - o;
      if (this.offsetAt(t) === o && !(t >= best)) best = t; // earliest valid instant
    }
    if (!Number.isNaN(best)) return best;
    // In a gap: keep the offset from before the jump, which moves the time forward by the gap.
    const gap = this.gapAround(local, transitions);
    return local - (gap ? gap.before : (candidates[0] as number));
  }

  private gapAround(local: number, transitions: Transition[]): Transition | undefined {
    return transitions.find((tr) => tr.after > tr.before && local >= tr.at + tr.before && local < tr.at + tr.after);
  }

  /**
   * The first instant whose wall clock reads `local` or later: the start of a
   * local date when `local` is its midnight. Equal to fromLocalMs except in a
   * gap, where it is the instant the clocks jump (midnight skipped by a
   * 23:30→00:30 jump starts the date at the jump, not at 01:00).
   */
  firstInstantFrom(local: number): number {
    const t = this.fromLocalMs(local);
    if (this.toLocalMs(t) === local) return t;
    const gap = this.gapAround(local, this.transitionsBetween(local - DAY_MS, local + DAY_MS));
    return gap ? gap.at : t;
  }

  /** True when the wall-clock reading does not exist (skipped by a spring-forward). */
  isInGap(local: number): boolean {
    return this.toLocalMs(this.fromLocalMs(local)) !== local;
  }
}

const zones = new Map<string, Zone>();

/** The cached Zone for an IANA name; throws RangeError for an unknown zone. */
export function getZone(name: string): Zone {
  let z = zones.get(name);
  if (!z) {
    z = new Zone(name);
    zones.set(name, z);
  }
  return z;
}

export function isValidTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || name.trim() === '') return false;
  try {
    getZone(name);
    return true;
  } catch {
    return false;
  }
}

/** Forget all cached offsets (used by benchmarks to measure cold starts). */
export function clearZoneCache(): void {
  zones.clear();
}
