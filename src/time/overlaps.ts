/**
 * Overlapping intervals, found in wall-clock time: two intervals of one
 * weekday (or one override date), and an overnight interval spilling past
 * midnight into the next date's intervals. The engine unions overlaps, so
 * these are reported as likely typos, not errors.
 */
import { parseDay, weekdayOf } from './civil.js';
import { formatLocalTime, readInterval, type IntervalEntry } from '../values/wall-clock.js';
import { WEEKDAYS, holidayDate, type ScheduleProblem, type ScheduleSpec, type Weekday } from './spec.js';

/** One parseable, non-empty interval of the spec, with where it came from. */
export interface SpecInterval {
  start: number;
  end: number;
  path: (string | number)[];
  label: string;
  weekday?: Weekday;
  date?: string;
}

function intervalsOf(list: unknown, path: (string | number)[], where: { weekday?: Weekday; date?: string }): SpecInterval[] {
  if (!Array.isArray(list)) return [];
  const out: SpecInterval[] = [];
  list.forEach((text: unknown, index) => {
    const parsed = readInterval(text as IntervalEntry);
    if (!parsed.ok) return;
    const { start, end } = parsed.value;
    const label = `${where.date ?? where.weekday ?? ''} ${formatLocalTime(start)}-${formatLocalTime(end)}`;
    out.push({ start, end, path: [...path, index], label, ...where });
  });
  return out;
}

/** Parsed intervals per weekday (index 0 = Monday). */
export function weeklyIntervals(spec: ScheduleSpec): SpecInterval[][] {
  const weekly = (typeof spec.weekly === 'object' && spec.weekly !== null ? spec.weekly : {}) as Record<string, unknown>;
  return WEEKDAYS.map((weekday) => intervalsOf(weekly[weekday], ['weekly', weekday], { weekday }));
}

/** Parsed intervals per overridden day number (duplicate overrides combined). */
export function overrideIntervals(spec: ScheduleSpec): Map<number, SpecInterval[]> {
  const out = new Map<number, SpecInterval[]>();
  const overrides: unknown = spec.overrides;
  if (!Array.isArray(overrides)) return out;
  overrides.forEach((entry: { date?: unknown; hours?: unknown } | null, index) => {
    const date = typeof entry?.date === 'string' ? entry.date : undefined;
    const day = date === undefined ? undefined : parseDay(date);
    if (day === undefined || date === undefined) return;
    const items = intervalsOf(entry?.hours, ['overrides', index, 'hours'], { date });
    out.set(day, [...(out.get(day) ?? []), ...items]);
  });
  return out;
}

export function holidayDays(spec: ScheduleSpec): Set<number> {
  const out = new Set<number>();
  const holidays: unknown = spec.holidays;
  if (!Array.isArray(holidays)) return out;
  for (const entry of holidays as unknown[]) {
    const date: unknown = typeof entry === 'object' && entry !== null ? holidayDate(entry as { date: string }) : entry;
    const day = typeof date === 'string' ? parseDay(date) : undefined;
    if (day !== undefined) out.add(day);
  }
  return out;
}

function overlap(later: SpecInterval, earlier: SpecInterval): ScheduleProblem {
  return {
    code: 'overlapping-intervals',
    message: `${later.label.trim()} overlaps ${earlier.label.trim()}; merge them into one interval or change the times.`,
    path: later.path,
    related: earlier.path,
    ...(later.weekday ? { weekday: later.weekday } : {}),
    ...(later.date ? { date: later.date } : {}),
    index: later.path[later.path.length - 1] as number,
  };
}

function spill(night: SpecInterval, next: SpecInterval, nextName: string): ScheduleProblem {
  return {
    ...overlap(next, night),
    message: `${night.label.trim()} runs past midnight into ${nextName} and overlaps ${next.label.trim()}; end the overnight interval earlier or start the next one later.`,
  };
}

function within(items: SpecInterval[], out: ScheduleProblem[]): void {
  for (let j = 1; j < items.length; j++) {
    for (let i = 0; i < j; i++) {
      const a = items[i] as SpecInterval;
      const b = items[j] as SpecInterval;
      if (a.start < b.end && b.start < a.end) out.push(overlap(b, a));
    }
  }
}

function spills(today: SpecInterval[], tomorrow: SpecInterval[], nextName: string, out: ScheduleProblem[]): void {
  for (const night of today) {
    if (night.end <= 1440) continue;
    for (const next of tomorrow) if (next.start + 1440 < night.end) out.push(spill(night, next, nextName));
  }
}

/** Overlaps in the weekly hours and around every override date. */
export function overlapProblems(spec: ScheduleSpec): ScheduleProblem[] {
  const out: ScheduleProblem[] = [];
  const weekly = weeklyIntervals(spec);
  weekly.forEach((items, w) => {
    within(items, out);
    spills(items, weekly[(w + 1) % 7] ?? [], WEEKDAYS[(w + 1) % 7] as string, out);
  });
  const overrides = overrideIntervals(spec);
  const holidays = holidayDays(spec);
  const effective = (day: number): SpecInterval[] =>
    holidays.has(day) ? [] : (overrides.get(day) ?? weekly[weekdayOf(day)] ?? []);
  for (const [day, items] of overrides) {
    if (holidays.has(day)) continue;
    within(items, out);
    spills(effective(day - 1), items, items[0]?.date ?? 'the override date', out);
    // Overrides on the next date are handled when that date is visited.
    if (!overrides.has(day + 1)) spills(items, effective(day + 1), WEEKDAYS[weekdayOf(day + 1)] as string, out);
  }
  return out;
}
