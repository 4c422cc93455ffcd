/**
 * Problems visible in the spec text alone (no dates needed): unknown zone,
 * unknown weekday keys, interval text that does not parse, zero-length
 * intervals, bad dates, a date overridden or listed as a holiday twice, a date that is both a
 * holiday and an override (the holiday wins: the date is closed).
 */
import { parseDay } from './civil.js';
import { readInterval, type IntervalEntry } from '../values/wall-clock.js';
import { isValidTimeZone } from './zone.js';
import { WEEKDAYS, type ScheduleProblem, type ScheduleSpec, type Weekday } from './spec.js';

/** A plain object (not null, not a list), as a spec's parts must be. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isWeekday(key: string): key is Weekday {
  return (WEEKDAYS as readonly string[]).includes(key);
}

function intervalProblems(
  list: unknown,
  path: (string | number)[],
  where: { weekday?: Weekday; date?: string },
  out: ScheduleProblem[],
): void {
  if (!Array.isArray(list)) {
    out.push({ code: 'invalid-spec', message: 'Hours must be a list of intervals such as 09:00-17:00; use [] for a closed day.', path, ...where });
    return;
  }
  list.forEach((text: unknown, index) => {
    const parsed = readInterval(text as IntervalEntry);
    if (!parsed.ok) {
      out.push({ code: parsed.code, message: `${parsed.error}.`, path: [...path, index], index, ...where });
    }
  });
}

function weeklyProblems(weekly: unknown, out: ScheduleProblem[]): void {
  if (!isRecord(weekly)) {
    out.push({ code: 'invalid-spec', message: 'weekly must map weekdays (mon, tue, wed, thu, fri, sat, sun) to lists of intervals.', path: ['weekly'] });
    return;
  }
  for (const key of Object.keys(weekly)) {
    if (!isWeekday(key)) {
      out.push({ code: 'unknown-weekday', message: `"${key}" is not a weekday; use mon, tue, wed, thu, fri, sat or sun.`, path: ['weekly', key] });
      continue;
    }
    intervalProblems(weekly[key], ['weekly', key], { weekday: key }, out);
  }
}

function dateProblem(value: unknown, path: (string | number)[], what: string): ScheduleProblem | undefined {
  if (typeof value === 'string' && parseDay(value) !== undefined) return undefined;
  return {
    code: 'invalid-date',
    message: `${JSON.stringify(value) ?? 'nothing'} is not a calendar date; write ${what} as YYYY-MM-DD, for example 2025-12-25.`,
    path,
  };
}

function holidayProblems(holidays: unknown, out: ScheduleProblem[]): Map<string, number> {
  const seen = new Map<string, number>();
  if (holidays === undefined) return seen;
  if (!Array.isArray(holidays)) {
    out.push({ code: 'invalid-spec', message: 'holidays must be a list of dates (YYYY-MM-DD).', path: ['holidays'] });
    return seen;
  }
  // A holiday is a date or { date, name }: point at the date either way.
  const datePath = (index: number) => (isRecord(holidays[index]) ? ['holidays', index, 'date'] : ['holidays', index]);
  holidays.forEach((entry: unknown, index) => {
    const date = isRecord(entry) ? entry['date'] : entry;
    const path = datePath(index);
    const bad = dateProblem(date, path, 'holidays');
    if (bad) {
      out.push({ ...bad, index });
      return;
    }
    const earlier = seen.get(date as string);
    if (earlier === undefined) seen.set(date as string, index);
    else out.push({ code: 'duplicate-holiday', message: `${date as string} is listed as a holiday twice; keep one entry (with one name).`, path, related: datePath(earlier), index, date: date as string });
  });
  return seen;
}

function overrideProblems(overrides: unknown, holidays: Map<string, number>, out: ScheduleProblem[]): void {
  if (overrides === undefined) return;
  if (!Array.isArray(overrides)) {
    out.push({ code: 'invalid-spec', message: 'overrides must be a list of { date, hours } entries.', path: ['overrides'] });
    return;
  }
  const seen = new Map<string, number>();
  overrides.forEach((entry: unknown, index) => {
    if (!isRecord(entry)) {
      out.push({ code: 'invalid-spec', message: 'Each override needs a date (YYYY-MM-DD) and hours (a list; [] closes the date).', path: ['overrides', index], index });
      return;
    }
    const bad = dateProblem(entry['date'], ['overrides', index, 'date'], 'override dates');
    if (bad) {
      out.push({ ...bad, index });
    } else {
      const date = entry['date'] as string;
      const earlier = seen.get(date);
      if (earlier !== undefined) {
        out.push({
          code: 'duplicate-override',
          message: `${date} is overridden twice; keep one override for the date (both sets of hours are applied together for now).`,
          path: ['overrides', index],
          related: ['overrides', earlier],
          index,
          date,
        });
      } else {
        seen.set(date, index);
      }
      const holiday = holidays.get(date);
      if (holiday !== undefined) {
        out.push({
          code: 'holiday-and-override',
          message: `${date} is both a holiday and an override; the holiday wins and the date is closed. Remove one of them.`,
          path: ['overrides', index],
          related: ['holidays', holiday],
          index,
          date,
        });
      }
    }
    const date = typeof entry['date'] === 'string' ? { date: entry['date'] } : {};
    intervalProblems(entry['hours'], ['overrides', index, 'hours'], date, out);
  });
}

/** Problems found in the spec text alone, in document order. */
export function structuralProblems(spec: ScheduleSpec): ScheduleProblem[] {
  const out: ScheduleProblem[] = [];
  if (!isRecord(spec)) {
    return [{ code: 'invalid-spec', message: 'A schedule needs a timeZone and weekly hours.', path: [] }];
  }
  if (!isValidTimeZone(spec.timeZone)) {
    out.push({
      code: 'unknown-time-zone',
      message: `${JSON.stringify(spec.timeZone) ?? 'nothing'} is not an IANA time zone; use a name such as Europe/Berlin or America/New_York.`,
      path: ['timeZone'],
    });
  }
  weeklyProblems(spec.weekly, out);
  const holidays = holidayProblems(spec.holidays, out);
  overrideProblems(spec.overrides, holidays, out);
  return out;
}
