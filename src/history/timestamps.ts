/**
 * Export timestamps to instants. ISO 8601 date-times with a `T` or a space, seconds and
 * fractions optional, and an offset (`Z`, `+02:00`, `+0200`). A reading with no offset is a
 * wall-clock time: it needs the zone the export was written in (an IANA name), and it is turned
 * into an instant with the time engine's rules (a time in a spring-forward gap moves forward, an
 * ambiguous one means its earlier instant). Parsed by hand: this runs once per timestamp on
 * exports of millions of rows.
 */
import { DAY_MS, HOUR_MS, MINUTE_MS, SECOND_MS, civilFromDays, daysFromCivil } from '../time/civil.js';
import { getZone, type Zone } from '../time/zone.js';

export type TimestampResult = { ok: true; ms: number } | { ok: false; reason: 'invalid' | 'no-zone' };

const ZERO = 48;

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

/** Wall-clock reading as local ms and the index where the offset starts; undefined when malformed. */
function localPart(text: string): { local: number; end: number } | undefined {
  if (text.length < 16 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58) return undefined;
  const sep = text.charCodeAt(10);
  if (sep !== 84 && sep !== 32 && sep !== 116) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
  let i = 16;
  let ms = 0;
  if (text.charCodeAt(i) === 58) {
    const second = digits(text, i + 1, 2);
    if (second < 0 || second > 59) return undefined;
    ms = second * SECOND_MS;
    i += 3;
    if (text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44) {
      let scale = 100;
      let j = i + 1;
      for (; j < text.length; j++) {
        const c = text.charCodeAt(j) - ZERO;
        if (c < 0 || c > 9) break;
        ms += c * scale;
        scale /= 10;
      }
      if (j === i + 1) return undefined;
      ms = Math.round(ms);
      i = j;
    }
  }
  const dayNumber = daysFromCivil(year, month, day);
  const back = civilFromDays(dayNumber);
  if (back.month !== month || back.day !== day) return undefined;
  return { local: dayNumber * DAY_MS + hour * HOUR_MS + minute * MINUTE_MS + ms, end: i };
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

/** Reads timestamps written with an offset, or in `zone` (an IANA name) when they have none. */
export class TimestampReader {
  private readonly zone: Zone | undefined;
  private readonly utc: boolean;

  constructor(readonly zoneName?: string) {
    this.utc = zoneName === 'UTC' || zoneName === 'Etc/UTC';
    this.zone = zoneName && !this.utc ? getZone(zoneName) : undefined;
  }

  read(text: string): TimestampResult {
    const t = text.trim();
    const local = localPart(t);
    if (!local) return { ok: false, reason: 'invalid' };
    const offset = offsetPart(t, local.end);
    if (offset === undefined) {
      if (this.utc) return { ok: true, ms: local.local };
      if (!this.zone) return { ok: false, reason: 'no-zone' };
      return { ok: true, ms: this.zone.fromLocalMs(local.local) };
    }
    if (Number.isNaN(offset)) return { ok: false, reason: 'invalid' };
    return { ok: true, ms: local.local - offset };
  }
}

/** An instant as ISO 8601 UTC with seconds (what the synthetic exports write). */
export function isoSeconds(ms: number): string {
  return new Date(Math.round(ms / SECOND_MS) * SECOND_MS).toISOString().replace('.000Z', 'Z');
}
