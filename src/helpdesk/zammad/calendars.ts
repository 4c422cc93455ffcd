/**
 * Schedules as Zammad calendars: the IANA zone as is, business hours per weekday as timeframes
 * (split shifts kept; an overnight shift cut at midnight; "23:59" is how Zammad writes the end of
 * the day and reads it as 24:00, app/models/calendar.rb business_hours_to_hash), public holidays
 * by date. A calendar has one zone, as a supportops schedule does, so nothing is lost there.
 * Zammad SLAs always count a calendar, so calendar-clock policies get an around-the-clock one.
 */
import { WEEKDAYS } from '../../time/spec.js';
import { cmp } from '../../values/order.js';
import { formatLocalTime } from '../../values/wall-clock.js';
import type { ScheduleView, Weekday } from '../policy-view.js';
import type { DesiredObject, JsonObject, MappingFinding } from '../target.js';
import { keyOf, withMarker } from '../marker.js';

export const AROUND_THE_CLOCK = 'supportops-24-7';

const hhmm = (minutes: number) => (minutes >= 1440 ? '23:59' : formatLocalTime(minutes));

function timeframes(intervals: readonly { day: Weekday; start: number; end: number }[]): JsonObject {
  const byDay = new Map<Weekday, [number, number][]>();
  const add = (day: Weekday, start: number, end: number) => byDay.set(day, [...(byDay.get(day) ?? []), [start, end]]);
  for (const i of intervals) {
    add(i.day, i.start, Math.min(i.end, 1440));
    if (i.end > 1440) add(WEEKDAYS[(WEEKDAYS.indexOf(i.day) + 1) % 7]!, 0, i.end - 1440);
  }
  return Object.fromEntries(WEEKDAYS.map((day) => {
    const frames = (byDay.get(day) ?? []).sort((a, b) => a[0] - b[0]).map(([s, e]) => [hhmm(s), hhmm(e)]);
    return [day, { active: frames.length > 0, timeframes: frames }];
  }));
}

function holidays(schedule: ScheduleView, findings: MappingFinding[]): JsonObject {
  const days: [string, string][] = schedule.holidays.map((h) => [h.date, h.name]);
  for (const o of schedule.overrides) {
    if (o.intervals.length === 0) days.push([o.date, o.name ?? 'Closed']);
    else findings.push({ ruleId: 'helpdesk-lossy', severity: 'warn', at: o.at, message: `Zammad calendars have no date overrides: on ${o.date}${o.name ? ` (${o.name})` : ''} calendar '${schedule.name}' keeps its usual hours in Zammad.` });
  }
  return Object.fromEntries(days.sort((a, b) => cmp(a[0], b[0])).map(([date, summary]) => [date, { active: true, summary }]));
}

function calendar(name: string, zone: string, hours: JsonObject, public_holidays: JsonObject, about: string): DesiredObject {
  const key = keyOf('calendar', name);
  return { type: 'calendar', key, name, refs: {}, payload: { name, timezone: zone, business_hours: hours, public_holidays, note: withMarker(about, key) } };
}

export function calendarObjects(schedules: readonly ScheduleView[], aroundTheClock: boolean): { objects: DesiredObject[]; findings: MappingFinding[] } {
  const findings: MappingFinding[] = [];
  const objects = schedules.map((s) => calendar(s.name, s.timeZone, timeframes(s.intervals), holidays(s, findings), `supportops schedule ${s.name}.`));
  if (aroundTheClock) {
    const always = WEEKDAYS.map((day) => ({ day, start: 0, end: 1440 }));
    objects.push(calendar(AROUND_THE_CLOCK, 'UTC', timeframes(always), {}, 'Around the clock, for supportops SLA policies on calendar time.'));
  }
  return { objects, findings };
}
