/**
 * Wall-clock text: `HH:MM` times and `HH:MM-HH:MM` intervals.
 *
 * Decisions:
 * - Times run from `00:00` to `24:00`; `24:00` is the end of the day and is
 *   only meaningful as an interval end (a 24/7 day is `00:00-24:00`, with no
 *   gap at midnight — using `23:59` would close the last minute).
 * - Intervals are half-open: `09:00-17:00` is open at 16:59:59.999, closed at 17:00.
 * - An end before the start (`22:00-06:00`) is an overnight interval. It
 *   belongs to the date it starts on; its end is reported as minutes past
 *   that date's midnight (06:00 next day = 1800).
 * - Equal start and end (`09:00-09:00`) is a zero-length mistake, NOT a
 *   24-hour overnight shift (a whole day is `00:00-24:00`). Parsing reports
 *   it with code `zero-length-interval`.
 * - The model holds intervals parsed once (`Interval`, with the text as written); the time
 *   engine accepts them where it accepts the text (`readInterval`).
 */
import { WrittenValue } from './written-value.js';

export type ParseResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: 'invalid-interval' | 'zero-length-interval'; error: string };

export interface LocalInterval {
  /** Minutes after local midnight of the start date, 0–1439. */
  start: number;
  /** Minutes after local midnight of the start date; above 1440 when overnight. */
  end: number;
  overnight: boolean;
}

const TIME_RE = /^(\d{1,2}):(\d{2})$/;

/** Minutes after midnight for `HH:MM` (00:00–24:00). `24:00` gives 1440. */
export function parseLocalTime(text: string): ParseResult<number> {
  const m = TIME_RE.exec(text.trim());
  if (!m) {
    return { ok: false, code: 'invalid-interval', error: `"${text}" is not a time; write it as HH:MM, for example 09:00` };
  }
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59) {
    return { ok: false, code: 'invalid-interval', error: `"${text}" has ${m[2]} minutes; minutes run from 00 to 59` };
  }
  if (hours > 24 || (hours === 24 && minutes !== 0)) {
    return { ok: false, code: 'invalid-interval', error: `"${text}" is past the end of the day; hours run from 00:00 to 24:00` };
  }
  return { ok: true, value: hours * 60 + minutes };
}

/** Parses `HH:MM-HH:MM`; an end before the start runs overnight into the next day. */
export function parseInterval(text: string): ParseResult<LocalInterval> {
  if (typeof text !== 'string') {
    return { ok: false, code: 'invalid-interval', error: 'an interval must be text such as "09:00-17:00"' };
  }
  const parts = text.split('-');
  if (parts.length !== 2) {
    return { ok: false, code: 'invalid-interval', error: `"${text}" is not an interval; write it as HH:MM-HH:MM, for example 09:00-17:00` };
  }
  const start = parseLocalTime(parts[0] ?? '');
  if (!start.ok) return start;
  const end = parseLocalTime(parts[1] ?? '');
  if (!end.ok) return end;
  if (start.value === 1440) {
    return { ok: false, code: 'invalid-interval', error: `"${text}" starts at 24:00, which is the end of the day; start it at 00:00 on the next day` };
  }
  if (end.value === start.value) return zeroLength(text);
  const overnight = end.value < start.value;
  return { ok: true, value: { start: start.value, end: overnight ? end.value + 1440 : end.value, overnight } };
}

/** `HH:MM` for minutes after midnight (values of 1440 and more wrap to the next day). */
export function formatLocalTime(minutes: number): string {
  const m = minutes === 1440 ? 1440 : minutes % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function zeroLength(text: string): ParseResult<never> {
  return { ok: false, code: 'zero-length-interval', error: `"${text}" starts and ends at the same time, so it is never open; for a whole day write 00:00-24:00` };
}

/** An interval as written, parsed: minutes after local midnight of the date it starts on. */
export class Interval extends WrittenValue implements LocalInterval {
  constructor(
    text: string,
    readonly start: number,
    readonly end: number,
    readonly overnight: boolean,
  ) {
    super(text);
  }
}

/**
 * The interval schema-valid text (HH:MM-HH:MM) stands for. A zero-length one (`09:00-09:00`)
 * is kept as it is, start equal to end, for the schedule checks to report.
 */
export function intervalValue(text: string): Interval {
  const parsed = parseInterval(text);
  if (parsed.ok) return new Interval(text, parsed.value.start, parsed.value.end, parsed.value.overnight);
  const start = parseLocalTime(text.split('-')[0] ?? '');
  if (parsed.code !== 'zero-length-interval' || !start.ok) throw new Error(`not an interval: ${text}`);
  return new Interval(text, start.value, start.value, false);
}

/** An interval entry of a schedule: its text, or an interval already parsed (an `Interval`). */
export type IntervalEntry = string | LocalInterval;

const isLocalInterval = (entry: unknown): entry is LocalInterval =>
  typeof entry === 'object' && entry !== null && Number.isFinite((entry as LocalInterval).start) && Number.isFinite((entry as LocalInterval).end);

/** parseInterval for an entry that may already be parsed: a parsed one is checked, not read again. */
export function readInterval(entry: IntervalEntry): ParseResult<LocalInterval> {
  if (!isLocalInterval(entry)) return parseInterval(entry as string);
  const text = entry instanceof Interval ? entry.text : `${formatLocalTime(entry.start)}-${formatLocalTime(entry.end)}`;
  if (entry.end === entry.start) return zeroLength(text);
  if (!(entry.start >= 0 && entry.start < 1440 && entry.end > entry.start && entry.end <= entry.start + 1440)) {
    return { ok: false, code: 'invalid-interval', error: `"${text}" is not an interval; write it as HH:MM-HH:MM, for example 09:00-17:00` };
  }
  return { ok: true, value: entry };
}
