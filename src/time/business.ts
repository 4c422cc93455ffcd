/**
 * The Date API: business minutes on top of the millisecond timeline.
 *
 * - addBusinessMinutes(start, minutes, schedule): the earliest instant
 *   t ≥ start with businessMinutesBetween(start, t) === minutes. 0 returns
 *   start; a target completed exactly at a closing time returns that closing
 *   instant. Minutes are rounded to whole milliseconds (Dates carry no finer
 *   time). Negative, NaN or infinite minutes are a programming error: RangeError.
 * - businessMinutesBetween(start, end, schedule): open minutes in [start, end),
 *   fractional when the instants carry seconds or milliseconds; 0 when end ≤ start.
 * - openIntervals(schedule, from, to): merged, sorted, half-open intervals
 *   clipped to [from, to).
 * `schedule` is a spec (compiled once and memoized per object), a compiled
 * schedule, or 'calendar' / CALENDAR_CLOCK for 24/7.
 */
import { MINUTE_MS } from './civil.js';
import { compileSchedule, type ScheduleInput } from './compile.js';
import { addBusinessMs, businessMsBetween, openIntervalsMs } from './timeline.js';

export interface OpenInterval {
  start: Date;
  end: Date;
}

function msOf(date: Date, what: string): number {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${what} must be a valid Date`);
  return ms;
}

export function addBusinessMinutes(start: Date, minutes: number, schedule: ScheduleInput): Date {
  if (typeof minutes !== 'number' || !(minutes >= 0) || minutes === Number.POSITIVE_INFINITY) {
    throw new RangeError(`minutes must be a finite number ≥ 0 (got ${String(minutes)})`);
  }
  const a = msOf(start, 'start');
  return new Date(addBusinessMs(compileSchedule(schedule), a, Math.round(minutes * MINUTE_MS)));
}

export function businessMinutesBetween(start: Date, end: Date, schedule: ScheduleInput): number {
  const a = msOf(start, 'start');
  const b = msOf(end, 'end');
  return businessMsBetween(compileSchedule(schedule), a, b) / MINUTE_MS;
}

export function openIntervals(schedule: ScheduleInput, from: Date, to: Date): OpenInterval[] {
  const flat = openIntervalsMs(compileSchedule(schedule), msOf(from, 'from'), msOf(to, 'to'));
  const out: OpenInterval[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ start: new Date(flat[i] as number), end: new Date(flat[i + 1] as number) });
  return out;
}
