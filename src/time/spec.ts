/**
 * The schedule document shape the time engine reads (a Schedule's `spec`), with each interval
 * as its text or already parsed (the model's intervals). Specs are treated as immutable:
 * compilation is memoized per spec object.
 */
import type { IntervalEntry } from '../values/wall-clock.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type WeeklyHours = Partial<Record<Weekday, readonly IntervalEntry[]>>;

export type HolidayEntry = string | { date: string; name?: string };

export interface DateOverride {
  /** Local date `YYYY-MM-DD` in the schedule's zone. */
  date: string;
  /** Replaces that date's weekly hours; `[]` closes the date. */
  hours: readonly IntervalEntry[];
  name?: string;
}

export interface ScheduleSpec {
  /** IANA zone name, for example `Europe/Dublin`. */
  timeZone: string;
  /** Local wall-clock intervals `HH:MM-HH:MM` (or parsed) per weekday. */
  weekly: WeeklyHours;
  /** Local dates `YYYY-MM-DD` in the schedule's own zone. */
  holidays?: readonly HolidayEntry[];
  overrides?: readonly DateOverride[];
}

/** The 24/7 clock, accepted anywhere a schedule is (SLA clocks say `calendar`). */
export const CALENDAR = 'calendar' as const;
export type CalendarClock = typeof CALENDAR;

export function holidayDate(entry: HolidayEntry): string {
  return typeof entry === 'string' ? entry : entry.date;
}

export type ScheduleProblemCode =
  | 'invalid-spec'
  | 'unknown-time-zone'
  | 'unknown-weekday'
  | 'invalid-interval'
  | 'zero-length-interval'
  | 'invalid-date'
  | 'overlapping-intervals'
  | 'duplicate-override'
  | 'duplicate-holiday'
  | 'holiday-and-override'
  | 'shift-starts-in-dst-gap';

/**
 * One schedule sanity problem, as data. `path` points into the spec
 * (e.g. `['weekly', 'mon', 1]`) so a caller can turn it into a JSON pointer
 * and a YAML line; `related` points at the other side of an overlap or clash.
 */
export interface ScheduleProblem {
  code: ScheduleProblemCode;
  /** Plain words, says what to do. */
  message: string;
  path: (string | number)[];
  related?: (string | number)[];
  weekday?: Weekday;
  index?: number;
  date?: string;
  dates?: string[];
}

/** Problems that make a spec impossible to interpret; compileSchedule throws on these. */
export const FATAL_PROBLEMS: ReadonlySet<ScheduleProblemCode> = new Set<ScheduleProblemCode>([
  'invalid-spec',
  'unknown-time-zone',
  'unknown-weekday',
  'invalid-interval',
  'invalid-date',
]);
