/**
 * Reading a schedule spec for compilation in one pass: each interval parsed once and no
 * problem list built. It reads only a spec in which nothing is unreadable — a zone Intl knows,
 * weekday keys, lists of intervals that parse (zero-length ones drop out), real dates — and
 * gives undefined for anything else, which compile.ts hands to structuralProblems to say what
 * is wrong. So what it accepts is exactly what compiles without a fatal problem.
 */
import { parseDay } from './civil.js';
import { readInterval, type IntervalEntry } from '../values/wall-clock.js';
import { isRecord, isWeekday } from './structure.js';
import { isValidTimeZone } from './zone.js';
import { WEEKDAYS, type ScheduleSpec } from './spec.js';

/** Minutes after local midnight of the date the shift starts on; `end` may pass 1440. */
export interface Shift {
  readonly start: number;
  readonly end: number;
}

export interface ReadSpec {
  /** Index 0 = Monday; shifts sorted by start. */
  readonly weekly: Shift[][];
  readonly holidays: Set<number>;
  /** Day number → that date's shifts, sorted by start (a date overridden twice: both). */
  readonly overrides: Map<number, Shift[]>;
}

const byStart = (a: Shift, b: Shift): number => a.start - b.start || a.end - b.end;

/** Appends the list's shifts to `out`; false when it is no list or an entry does not parse. */
function readShifts(list: unknown, out: Shift[]): boolean {
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) {
    const parsed = readInterval(list[i] as IntervalEntry);
    if (parsed.ok) out.push({ start: parsed.value.start, end: parsed.value.end });
    else if (parsed.code !== 'zero-length-interval') return false;
  }
  return true;
}

function readWeekly(weekly: unknown): Shift[][] | undefined {
  if (!isRecord(weekly)) return undefined;
  const out: Shift[][] = WEEKDAYS.map(() => []);
  // Every own key: one present with no list is a problem, as an unknown weekday is.
  for (const key of Object.keys(weekly)) {
    if (!isWeekday(key) || !readShifts(weekly[key], out[WEEKDAYS.indexOf(key)]!)) return undefined;
  }
  for (const shifts of out) shifts.sort(byStart);
  return out;
}

function readHolidays(holidays: unknown): Set<number> | undefined {
  const out = new Set<number>();
  if (holidays === undefined) return out;
  if (!Array.isArray(holidays)) return undefined;
  for (let i = 0; i < holidays.length; i++) {
    const entry: unknown = holidays[i];
    const date = isRecord(entry) ? entry['date'] : entry;
    const day = typeof date === 'string' ? parseDay(date) : undefined;
    if (day === undefined) return undefined;
    out.add(day);
  }
  return out;
}

function readOverrides(overrides: unknown): Map<number, Shift[]> | undefined {
  const out = new Map<number, Shift[]>();
  if (overrides === undefined) return out;
  if (!Array.isArray(overrides)) return undefined;
  for (let i = 0; i < overrides.length; i++) {
    const entry: unknown = overrides[i];
    const date = isRecord(entry) ? entry['date'] : undefined;
    const day = typeof date === 'string' ? parseDay(date) : undefined;
    if (day === undefined) return undefined;
    let shifts = out.get(day);
    if (!shifts) out.set(day, (shifts = []));
    if (!readShifts((entry as Record<string, unknown>)['hours'], shifts)) return undefined;
  }
  for (const shifts of out.values()) shifts.sort(byStart);
  return out;
}

/** The spec's shifts, holidays and overrides, or undefined when anything in it is unreadable. */
export function readSpec(spec: ScheduleSpec): ReadSpec | undefined {
  if (!isRecord(spec) || !isValidTimeZone(spec.timeZone)) return undefined;
  const weekly = readWeekly(spec.weekly);
  const holidays = weekly && readHolidays(spec.holidays);
  const overrides = holidays && readOverrides(spec.overrides);
  return overrides ? { weekly: weekly!, holidays: holidays!, overrides } : undefined;
}
