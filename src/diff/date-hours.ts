/**
 * What a holiday or date override does to one date, in real open time: the new schedule
 * against the new schedule with that date's entries as they were. Measured over the date and
 * the next (an overnight shift belongs to the day it starts), so shifts that start on other
 * dates cancel out and clock changes are counted as they happen.
 */
import type { Entity } from '../model/model.js';
import { DAY_MS, MINUTE_MS, parseDay } from '../time/civil.js';
import { businessMsBetween, compileSchedule, InvalidScheduleError } from '../time/index.js';

type Spec = Entity<'Schedule'>['spec'];

type DatePart = 'holidays' | 'overrides';

/** `target` with the date's entries of one part taken from `source`. */
function withDateOf(target: Spec, source: Spec, date: string, part: DatePart): Spec {
  const entries = <T extends { date: string }>(list: T[] | undefined, from: T[] | undefined) => [...(list ?? []).filter((e) => e.date !== date), ...(from ?? []).filter((e) => e.date === date)];
  return part === 'holidays' ? { ...target, holidays: entries(target.holidays, source.holidays) } : { ...target, overrides: entries(target.overrides, source.overrides) };
}

function openMs(spec: Spec, date: string): number | undefined {
  const day = parseDay(date);
  if (day === undefined) return undefined;
  try {
    const clock = compileSchedule(spec);
    const zone = clock.zone!;
    return businessMsBetween(clock, zone.firstInstantFrom(day * DAY_MS), zone.firstInstantFrom((day + 2) * DAY_MS));
  } catch (error) {
    // Unreadable hours or an unknown zone: the schedule's own rules report it.
    if (error instanceof InvalidScheduleError || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Open minutes gained (positive) or lost (negative) on `date` by the change to its holidays or overrides; undefined when unmeasurable. */
export function dateDeltaMinutes(before: Spec, after: Spec, date: string, part: DatePart): number | undefined {
  const now = openMs(after, date);
  const was = openMs(withDateOf(after, before, date, part), date);
  return now === undefined || was === undefined ? undefined : Math.round((now - was) / MINUTE_MS);
}
