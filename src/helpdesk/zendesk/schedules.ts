/**
 * Schedules as Zendesk business-hours schedules: intervals in minutes from Sunday 00:00 that
 * never cross midnight (an overnight shift is split there), the zone by its Rails name, and each
 * holiday as a one-day holiday. Date overrides have no Zendesk equivalent; a day closed by an
 * override becomes a holiday, other overrides are reported.
 */
import { cmp } from '../../values/order.js';
import type { ScheduleView, Weekday } from '../policy-view.js';
import type { DesiredObject, JsonObject, MappingFinding } from '../target.js';
import { keyOf } from '../marker.js';
import { railsZoneName, unknownZoneFinding } from '../zone-names.js';

const DAY = 1440;
const WEEK = 7 * DAY;
/** Zendesk's week starts on Sunday. */
const DAY_INDEX: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

export interface WeekInterval {
  start_time: number;
  end_time: number;
}

/** Splits at midnight, wraps Saturday night into Sunday, merges what touches within a day, sorts. */
export function weekIntervals(schedule: Pick<ScheduleView, 'intervals'>): WeekInterval[] {
  const pieces: [number, number][] = [];
  for (const interval of schedule.intervals) {
    const base = DAY_INDEX[interval.day] * DAY;
    pieces.push([base + interval.start, base + Math.min(interval.end, DAY)]);
    if (interval.end > DAY) {
      const next = (base + DAY) % WEEK;
      pieces.push([next, next + interval.end - DAY]);
    }
  }
  pieces.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of pieces) {
    const last = merged.at(-1);
    const sameDay = last && Math.floor(last[0] / DAY) === Math.floor(start / DAY);
    if (last && sameDay && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start_time, end_time]) => ({ start_time, end_time }));
}

function holidays(schedule: ScheduleView, findings: MappingFinding[]): JsonObject[] {
  const days = schedule.holidays.map((h) => ({ name: h.name, start_date: h.date, end_date: h.date }));
  for (const override of schedule.overrides) {
    if (override.intervals.length === 0) {
      days.push({ name: override.name ?? 'Closed', start_date: override.date, end_date: override.date });
      continue;
    }
    findings.push({
      ruleId: 'helpdesk-lossy', severity: 'warn', at: override.at,
      message: `Zendesk schedules have no date overrides: on ${override.date}${override.name ? ` (${override.name})` : ''} schedule '${schedule.name}' keeps its usual weekly hours in Zendesk. Set the day's hours by hand in Zendesk, or make it a holiday.`,
    });
  }
  return days.sort((a, b) => cmp(a.start_date, b.start_date) || cmp(a.name, b.name));
}

export function scheduleObjects(schedules: readonly ScheduleView[]): { objects: DesiredObject[]; findings: MappingFinding[] } {
  const findings: MappingFinding[] = [];
  const objects: DesiredObject[] = [];
  for (const schedule of schedules) {
    const zone = railsZoneName(schedule.timeZone);
    if (!zone) {
      findings.push(unknownZoneFinding(schedule, 'Zendesk'));
      continue;
    }
    const payload: JsonObject = {
      name: schedule.name,
      time_zone: zone,
      intervals: weekIntervals(schedule) as unknown as JsonObject[],
      holidays: holidays(schedule, findings),
    };
    objects.push({ type: 'schedule', key: keyOf('schedule', schedule.name), name: schedule.name, payload, refs: {} });
  }
  return { objects, findings };
}
