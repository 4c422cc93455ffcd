/**
 * Export timestamps to instants. ISO 8601 date-times with a `T` or a space, seconds and
 * fractions optional, and an offset (`Z`, `+02:00`, `+0200`). A reading with no offset is a
 * wall-clock time: it needs the zone the export was written in (an IANA name), and it is turned
 * into an instant by that zone (the time engine's zones move a time in a spring-forward gap
 * forward and read an ambiguous one as its earlier instant).
 *
 * Parsed by hand and without allocating: this runs three times per row on exports of millions
 * of rows. The starts of the last few days read are remembered: neighbouring rows share days.
 */
import type { WallClockZone } from './history-file.js';

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const ZERO = 48;
const DAY_SLOTS = 8;

/** Why a timestamp gave no instant. */
export type TimestampFailure = 'invalid' | 'no-zone';

/** Digits at [from, from + n) as a number, or -1 when any is not a digit. */
function digits(text: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = text.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Whether `text` starts like `YYYY-MM-DDTHH:MM` (or with a space or a lowercase t). */
function dateTimeShape(text: string): boolean {
  const sep = text.charCodeAt(10);
  return text.length >= 16 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(13) === 58 && (sep === 84 || sep === 32 || sep === 116);
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** Offset in ms written at `from` to the end, undefined when there is none, NaN when malformed. */
function offsetPart(text: string, from: number): number | undefined {
  if (from === text.length) return undefined;
  const c = text.charCodeAt(from);
  if ((c === 90 || c === 122) && from + 1 === text.length) return 0;
  if (c !== 43 && c !== 45) return Number.NaN;
  const sign = c === 45 ? -1 : 1;
  const rest = text.length - from - 1;
  const hours = digits(text, from + 1, 2);
  let minutes = 0;
  if (rest === 5 && text.charCodeAt(from + 3) === 58) minutes = digits(text, from + 4, 2);
  else if (rest === 4) minutes = digits(text, from + 3, 2);
  else if (rest !== 2) return Number.NaN;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return Number.NaN;
  return sign * (hours * HOUR_MS + minutes * MINUTE_MS);
}

/** Reads timestamps written with an offset, or in `zone` when they have none. */
export class TimestampReader {
  private readonly zone: WallClockZone | undefined;
  private readonly utc: boolean;
  /** Why the last read gave NaN. */
  failure: TimestampFailure = 'invalid';
  /** Where the wall-clock part of the last reading ended (its offset starts there). */
  private end = 0;
  /** The last few days read (a row's times fall on a few neighbouring days): key, and its start. */
  private readonly dayKeys = new Int32Array(DAY_SLOTS).fill(-1);
  private readonly dayStarts = new Float64Array(DAY_SLOTS);
  private nextSlot = 0;

  constructor(zone?: WallClockZone) {
    this.utc = zone?.name === 'UTC' || zone?.name === 'Etc/UTC';
    this.zone = this.utc ? undefined : zone;
  }

  /** The instant in ms, or NaN (`failure` says why). */
  read(text: string): number {
    const t = text.trim();
    const local = this.localMs(t);
    this.failure = 'invalid';
    if (Number.isNaN(local)) return NaN;
    const offset = offsetPart(t, this.end);
    if (offset !== undefined) return local - offset;
    if (this.utc) return local;
    if (!this.zone) {
      this.failure = 'no-zone';
      return NaN;
    }
    return this.zone.fromLocalMs(local);
  }

  /** The wall-clock reading as ms since 1970-01-01T00:00 of its own clock; NaN when malformed. */
  private localMs(text: string): number {
    if (!dateTimeShape(text)) return NaN;
    const day = this.dayMs(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
    const hour = digits(text, 11, 2);
    const minute = digits(text, 14, 2);
    if (Number.isNaN(day) || hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
    const seconds = this.secondsMs(text, 16);
    return day + hour * HOUR_MS + minute * MINUTE_MS + seconds;
  }

  private dayMs(year: number, month: number, day: number): number {
    const key = year * 10_000 + month * 100 + day;
    for (let i = 0; i < DAY_SLOTS; i++) if (this.dayKeys[i] === key) return this.dayStarts[i]!;
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
    const slot = this.nextSlot;
    this.nextSlot = (slot + 1) % DAY_SLOTS;
    this.dayKeys[slot] = key;
    this.dayStarts[slot] = Date.UTC(year, month - 1, day);
    return this.dayStarts[slot]!;
  }

  /** `:SS` and an optional fraction at `from`, as ms (NaN when malformed); sets `end`. */
  private secondsMs(text: string, from: number): number {
    this.end = from;
    if (text.charCodeAt(from) !== 58) return 0;
    const second = digits(text, from + 1, 2);
    if (second < 0 || second > 59) return NaN;
    let ms = second * SECOND_MS;
    const i = from + 3;
    this.end = i;
    if (text.charCodeAt(i) !== 46 && text.charCodeAt(i) !== 44) return ms;
    let scale = 100;
    let j = i + 1;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j) - ZERO;
      if (c < 0 || c > 9) break;
      ms += c * scale;
      scale /= 10;
    }
    this.end = j;
    return j === i + 1 ? NaN : Math.round(ms);
  }
}

/** An instant as ISO 8601 UTC with seconds (what the synthetic exports write). */
export function isoSeconds(ms: number): string {
  return new Date(Math.round(ms / SECOND_MS) * SECOND_MS).toISOString().replace('.000Z', 'Z');
}
