/**
 * scheduleProblems: every sanity problem of a schedule spec, as data (never
 * thrown), each with a `path` into the spec so the caller can point at the
 * YAML line. Spec-only checks come from structure.ts and overlaps.ts; this
 * file adds the date-dependent one: a shift whose start time does not exist
 * on some date in the range because the clocks spring forward over it. Such a
 * shift opens later by the length of the jump (the "compatible" rule), which is
 * reported so that people can move the start if they meant otherwise.
 */
import { DAY_MS, MINUTE_MS, dayOfLocalMs, formatDay, parseDay, weekdayOf } from './civil.js';
import { formatLocalTime } from '../values/wall-clock.js';
import { compileSchedule } from './compile.js';
import { holidayDays, overlapProblems, overrideIntervals, weeklyIntervals, type SpecInterval } from './overlaps.js';
import { CALENDAR, FATAL_PROBLEMS, type CalendarClock, type ScheduleProblem, type ScheduleSpec } from './spec.js';
import { structuralProblems } from './structure.js';
import type { Zone } from './zone.js';

/** A day number from a Date (its local date in the zone) or a `YYYY-MM-DD` string. */
function dayOf(value: Date | string, zone: Zone, what: string): number {
  if (typeof value === 'string') {
    const day = parseDay(value);
    if (day === undefined) throw new RangeError(`${what} must be a Date or a YYYY-MM-DD date (got "${value}")`);
    return day;
  }
  const ms = value.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`${what} must be a valid Date`);
  return dayOfLocalMs(zone.toLocalMs(ms));
}

function dstGapProblems(spec: ScheduleSpec, from: Date | string, to: Date | string): ScheduleProblem[] {
  const compiled = compileSchedule(spec);
  const zone = compiled.zone as Zone;
  const first = dayOf(from, zone, 'from');
  // `to` is exclusive: a string names the first date not checked; a Date's last instant is to - 1 ms.
  const last = typeof to === 'string' ? dayOf(to, zone, 'to') - 1 : dayOf(new Date(to.getTime() - 1), zone, 'to');
  const weekly = weeklyIntervals(spec);
  const overrides = overrideIntervals(spec);
  const holidays = holidayDays(spec);
  const found = new Map<SpecInterval, { dates: string[]; opensAt: string }>();
  for (let day = first; day <= last; day++) {
    // Only dates near an offset change can have a gap.
    if (holidays.has(day) || zone.fixedOffset((day - 1) * DAY_MS, (day + 2) * DAY_MS) !== undefined) continue;
    for (const item of overrides.get(day) ?? weekly[weekdayOf(day)] ?? []) {
      const local = day * DAY_MS + item.start * MINUTE_MS;
      if (!zone.isInGap(local)) continue;
      const entry = found.get(item) ?? { dates: [], opensAt: formatLocalTime(Math.round((zone.toLocalMs(zone.fromLocalMs(local)) - day * DAY_MS) / MINUTE_MS)) };
      entry.dates.push(formatDay(day));
      found.set(item, entry);
    }
  }
  const out: ScheduleProblem[] = [];
  for (const [item, { dates, opensAt }] of found) {
    out.push({
      code: 'shift-starts-in-dst-gap',
      message:
        `${item.label.trim()} starts at ${formatLocalTime(item.start)}, a time the clocks skip in ${spec.timeZone} on ${dates.join(', ')}; ` +
        `there the start moves forward by the length of the jump (to ${opensAt} on ${dates[0] ?? ''}). ` +
        'Move the start out of the gap if that is not intended.',
      path: item.path,
      ...(item.weekday ? { weekday: item.weekday } : {}),
      ...(item.date ? { date: item.date } : {}),
      index: item.path[item.path.length - 1] as number,
      dates,
    });
  }
  return out;
}

/**
 * All sanity problems of a schedule, checking date-dependent ones on the local
 * dates touched by [from, to) (a `YYYY-MM-DD` string stands for that date's
 * local midnight). The calendar clock has none.
 */
export function scheduleProblems(spec: ScheduleSpec | CalendarClock, from: Date | string, to: Date | string): ScheduleProblem[] {
  if (spec === CALENDAR) return [];
  const structural = structuralProblems(spec);
  if (structural.some((p) => p.code === 'invalid-spec' && p.path.length === 0)) return structural;
  const out = [...structural, ...overlapProblems(spec)];
  if (!structural.some((p) => FATAL_PROBLEMS.has(p.code))) out.push(...dstGapProblems(spec, from, to));
  return out;
}
