/**
 * Schedules as Freshdesk business hours: one interval per weekday in 12-hour "hh:mm:ss am" text,
 * the zone by its Rails name, holidays as month and day (they recur every year). Freshdesk's API
 * only reads business hours, so these are written for an admin to enter (plan marks them manual).
 */
import { WEEKDAYS } from '../../time/spec.js';
import { cmp } from '../../values/order.js';
import type { ScheduleView, Weekday } from '../policy-view.js';
import type { DesiredObject, JsonObject, MappingFinding } from '../target.js';
import { keyOf } from '../marker.js';
import { railsZoneName, unknownZoneFinding } from '../zone-names.js';

export const FRESHDESK_DAYS: Record<Weekday, string> = { mon: 'monday', tue: 'tuesday', wed: 'wednesday', thu: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const END_OF_DAY = '11:59:59 pm';

/** Minutes after midnight as Freshdesk writes a time: 540 → "09:00:00 am", 1440 → "11:59:59 pm". */
export function twelveHour(minutes: number): string {
  if (minutes >= 1440) return END_OF_DAY;
  const h = Math.floor(minutes / 60);
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${String(hour).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00 ${h < 12 ? 'am' : 'pm'}`;
}

/** One span per weekday: overnight hours are cut at midnight and carried to the next day, split shifts joined. */
function daySpans(schedule: ScheduleView, findings: MappingFinding[]): Map<Weekday, { start: number; end: number }> {
  const pieces = new Map<Weekday, { start: number; end: number }[]>();
  const add = (day: Weekday, start: number, end: number) => pieces.set(day, [...(pieces.get(day) ?? []), { start, end }]);
  for (const interval of schedule.intervals) {
    add(interval.day, interval.start, Math.min(interval.end, 1440));
    if (interval.end > 1440) add(WEEKDAYS[(WEEKDAYS.indexOf(interval.day) + 1) % 7]!, 0, interval.end - 1440);
  }
  const spans = new Map<Weekday, { start: number; end: number }>();
  for (const day of WEEKDAYS) {
    const list = pieces.get(day);
    if (!list) continue;
    const span = { start: Math.min(...list.map((p) => p.start)), end: Math.max(...list.map((p) => p.end)) };
    const open = list.reduce((sum, p) => sum + p.end - p.start, 0);
    if (open < span.end - span.start) {
      const first = schedule.intervals.find((i) => i.day === day) ?? schedule.intervals[0]!;
      findings.push({
        ruleId: 'helpdesk-lossy', severity: 'warn', at: first.at,
        message: `Freshdesk business hours have one interval per day: on ${FRESHDESK_DAYS[day]} schedule '${schedule.name}' becomes ${twelveHour(span.start)}–${twelveHour(span.end)}, so its break counts as business hours in Freshdesk and SLA deadlines there fall earlier than the policy's.`,
      });
    }
    spans.set(day, span);
  }
  return spans;
}

function holidays(schedule: ScheduleView, findings: MappingFinding[]): JsonObject[] {
  const list = schedule.holidays.map((h) => ({ holiday_date: `${MONTHS[Number(h.date.slice(5, 7)) - 1]} ${h.date.slice(8, 10)}`, holiday_name: h.name }));
  if (schedule.holidays.length > 0) {
    findings.push({ ruleId: 'helpdesk-lossy', severity: 'info', at: schedule.holidays[0]!.at, message: `Freshdesk holidays have a month and day but no year: the holidays of schedule '${schedule.name}' recur every year in Freshdesk (${schedule.holidays[0]!.date} becomes every ${list[0]!.holiday_date}).` });
  }
  for (const o of schedule.overrides) {
    findings.push({ ruleId: 'helpdesk-lossy', severity: 'warn', at: o.at, message: `Freshdesk business hours have no date overrides: on ${o.date}${o.name ? ` (${o.name})` : ''} schedule '${schedule.name}' keeps its usual hours in Freshdesk.` });
  }
  const seen = new Set<string>();
  const order = (h: { holiday_date: string }) => `${String(MONTHS.indexOf(h.holiday_date.slice(0, 3))).padStart(2, '0')}${h.holiday_date.slice(4)}`;
  return list.filter((h) => !seen.has(h.holiday_date) && seen.add(h.holiday_date)).sort((a, b) => cmp(order(a), order(b)));
}

function hoursObject(schedule: ScheduleView, zone: string, findings: MappingFinding[]): DesiredObject {
  const spans = daySpans(schedule, findings);
  const business_hours: JsonObject = {};
  for (const [day, span] of spans) business_hours[FRESHDESK_DAYS[day]] = { start_time: twelveHour(span.start), end_time: twelveHour(span.end) };
  const payload: JsonObject = { name: schedule.name, description: `supportops schedule ${schedule.name}.`, time_zone: zone, business_hours, list_of_holidays: holidays(schedule, findings) };
  return { type: 'business_hours', key: keyOf('business_hours', schedule.name), name: schedule.name, payload, refs: {} };
}

export function businessHoursObjects(schedules: readonly ScheduleView[]): { objects: DesiredObject[]; findings: MappingFinding[] } {
  const findings: MappingFinding[] = [];
  const objects: DesiredObject[] = [];
  for (const schedule of schedules) {
    const zone = railsZoneName(schedule.timeZone);
    if (!zone) {
      findings.push(unknownZoneFinding(schedule, 'Freshdesk'));
      continue;
    }
    objects.push(hoursObject(schedule, zone, findings));
    findings.push({ ruleId: 'helpdesk-unsupported', severity: 'info', at: schedule.at, message: `Freshdesk's API can read business hours but not create or change them: enter schedule '${schedule.name}' by hand in Admin › Business Hours (plan lists it until it matches).` });
  }
  return { objects, findings };
}
